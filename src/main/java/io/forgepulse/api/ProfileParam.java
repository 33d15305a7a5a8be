package io.forgepulse.api;

import io.forgepulse.pipeline.ProfileCatalog;
import io.forgepulse.scoring.SelectionProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves {@code ?profile=NAME} to a selection profile, or answers 400 listing the profiles there are. */
@ApplicationScoped
class ProfileParam {

    private final ProfileCatalog catalog;

    @Inject
    ProfileParam(ProfileCatalog catalog) {
        this.catalog = catalog;
    }

    /** @param fallback the profile to use when none is named, or null for {@link SelectionProfile#neutral()} */
    SelectionProfile resolve(String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback == null ? SelectionProfile.neutral() : resolve(fallback, null);
        }
        try {
            return catalog.find(name.trim()).orElseThrow(() -> ProblemException.badRequest("unknown profile '" + name
                    + "': use one of " + String.join(", ", catalog.names())
                    + ", or add NAME.properties to the profiles directory (forgepulse.profiles-dir)"));
        } catch (IllegalArgumentException e) {
            // The operator's file is broken, not the request: a server-side error that says which line to fix.
            throw new ProblemException(500, "Malformed profile", "profile '" + name + "' cannot be used until its"
                    + " file is fixed: " + e.getMessage());
        }
    }
}
