package io.forgepulse.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A WireMock answer built from recorded data, applied only by the stubs that name it. */
public abstract class RecordedExtension implements ResponseDefinitionTransformerV2 {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final String name;

    protected RecordedExtension(String name) {
        this.name = name;
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }
}
