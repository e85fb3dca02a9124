package org.mingcha.rules.network;

import java.util.Locale;
import java.util.Set;

/** Hosts of http:// strings that never carry traffic off the device: loopback and XML namespace names. */
public final class CleartextHosts {

    private static final Set<String> NON_NETWORK = Set.of(
            "", "localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1", "10.0.2.2",
            "schemas.android.com", "www.w3.org", "w3.org", "xml.org", "xmlpull.org", "www.xmlpull.org",
            "ns.adobe.com", "java.sun.com", "xml.apache.org", "apache.org", "purl.org", "schemas.xmlsoap.org",
            "schemas.microsoft.com", "www.apple.com", "json-schema.org", "www.slf4j.org");

    private CleartextHosts() {
    }

    public static boolean isLocalOrNamespace(String host) {
        return NON_NETWORK.contains(host.toLowerCase(Locale.ROOT));
    }
}
