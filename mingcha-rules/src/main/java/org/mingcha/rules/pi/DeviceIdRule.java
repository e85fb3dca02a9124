package org.mingcha.rules.pi;

import java.util.Set;

/** Knowledge-base sensitive-API ids selected by this rule; the metadata test checks that each exists. */
public final class DeviceIdRule extends PiReadRule {

    public DeviceIdRule() {
        super("MC-PI-DEVICE-ID", Set.of(
                "tm_getDeviceId", "tm_getImei", "tm_getMeid", "tm_getSubscriberId", "tm_getSimSerialNumber",
                "tm_getLine1Number", "uicc_getIccId", "sub_getPhoneNumber", "subinfo_getIccId",
                "settings_secure_android_id", "settings_system_android_id", "build_getSerial", "build_SERIAL",
                "sysprop_serialno", "dpm_getWifiMacAddress", "wifi_getMacAddress", "ni_getHardwareAddress",
                "file_sys_class_net_address", "bt_getAddress", "subinfo_getNumber", "settings_secure_ANDROID_ID"));
    }
}
