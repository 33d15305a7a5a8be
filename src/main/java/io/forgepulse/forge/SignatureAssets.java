package io.forgepulse.forge;

import java.util.Locale;

/**
 * Which release assets make a release "signed": signatures and checksums, by file name. Shared by the forges that
 * list release assets, so a release counts the same wherever it is hosted.
 */
public final class SignatureAssets {

    private SignatureAssets() {
    }

    /** A signature ({@code .asc}, {@code .sig}, {@code .minisig}) or checksum ({@code .sha256}, ...) file name. */
    public static boolean isSignature(String assetName) {
        String name = assetName == null ? "" : assetName.toLowerCase(Locale.ROOT);
        return name.endsWith(".asc") || name.endsWith(".sig") || name.endsWith(".minisig")
                || name.endsWith(".sha256") || name.endsWith(".sha512") || name.contains("checksum");
    }
}
