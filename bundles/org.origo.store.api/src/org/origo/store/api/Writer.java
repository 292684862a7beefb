package org.origo.store.api;

import java.time.Instant;

/**
 * Who writes to a project: operating-system user, host, process id and command, and since when.
 * Named in the message of a writer that has to wait.
 */
public record Writer(String user, String host, long pid, String command, Instant since) {

    /** The running process as a writer. */
    public static Writer current(String command) {
        return new Writer(System.getProperty("user.name", "?"), Hosts.name(), ProcessHandle.current().pid(), command, Instant.now());
    }

    /** {@code user@host (pid 123, command …, since …)}. */
    public String describe() {
        return user + "@" + host + " (pid " + pid + ", " + command + ", " + since + ")";
    }

    /** The host name, resolved once. */
    static final class Hosts {
        private static String name;

        private Hosts() {
        }

        static synchronized String name() {
            if (name == null) {
                String env = System.getenv("HOSTNAME");
                try {
                    name = env != null && !env.isBlank() ? env : java.net.InetAddress.getLocalHost().getHostName();
                } catch (java.io.IOException e) {
                    name = "localhost";
                }
            }
            return name;
        }
    }
}
