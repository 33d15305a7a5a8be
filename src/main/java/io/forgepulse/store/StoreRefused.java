package io.forgepulse.store;

/**
 * The database refused a write. The message is a plain sentence fit to be shown to anyone (it never holds the SQL
 * or the values bound to it, which carry contributors' e-mail addresses); the cause holds the driver's detail, for
 * the service log only.
 */
public class StoreRefused extends RuntimeException {

    StoreRefused(String what, Throwable cause) {
        super("the store refused " + what + "; details in the service log", cause);
    }
}
