package io.forgepulse.forge;

/** A source could not be read; the message says what failed without secrets. */
public class ForgeException extends Exception {

    public ForgeException(String message) {
        super(message);
    }

    public ForgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
