package org.mingcha.apk.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.testkit.BinaryXml;

/** The framework attribute ids used to resolve obfuscated names agree with the testkit's independent table. */
class AndroidAttributesTest {

    @Test
    void idsAgreeWithTheTestkitEncoder() {
        Map<String, Integer> encoded = new HashMap<>();
        for (String name : AndroidAttributes.all().values()) {
            byte[] axml;
            try {
                axml = BinaryXml.encode("<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" android:"
                        + name + "=\"x\"/>");
            } catch (MingchaException unknownToTheTestkit) {
                continue;
            }
            XmlAttribute a = AxmlReader.read(axml).attributes().get(0);
            encoded.put(name, a.resourceId());
        }
        assertThat(encoded).as("the testkit knows most framework attributes").hasSizeGreaterThan(20);
        encoded.forEach((name, id) -> assertThat(AndroidAttributes.name(id)).as(name).contains(name));
    }
}
