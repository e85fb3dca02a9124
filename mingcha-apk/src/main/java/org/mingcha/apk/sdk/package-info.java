/**
 * SDK detection and attribution: which catalogued SDK, well-known library, unidentified third party or the
 * app itself is responsible for a class. Package prefixes are matched on whole segments with the longest
 * prefix winning; library prefixes are data in {@code known-libraries.txt}.
 */
package org.mingcha.apk.sdk;
