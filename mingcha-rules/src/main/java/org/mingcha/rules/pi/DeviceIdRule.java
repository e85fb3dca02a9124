package org.mingcha.rules.pi;

import java.util.Set;

/**
 * Device identifiers read in code: IMEI/MEID, IMSI, ICCID, serial number, Android ID, MAC addresses, phone number.
 * Selected by knowledge-base sensitive-API ids (the metadata test checks each exists); arguments as in
 * {@link PiReadRule}. The {@code "android_id"} key constant ({@code settings_secure_ANDROID_ID}) is left out:
 * the read is the {@code Settings$Secure.getString} call beside it, reported once.
 */
public final class DeviceIdRule extends PiReadRule {

    public DeviceIdRule() {
        super("MC-PI-DEVICE-ID", Set.of(
                "tm_getDeviceId", "tm_getImei", "tm_getMeid", "tm_getSubscriberId", "tm_getSimSerialNumber",
                "tm_getLine1Number", "uicc_getIccId", "sub_getPhoneNumber", "subinfo_getIccId",
                "settings_secure_android_id", "settings_system_android_id", "build_getSerial", "build_SERIAL",
                "sysprop_serialno", "dpm_getWifiMacAddress", "wifi_getMacAddress", "ni_getHardwareAddress",
                "file_sys_class_net_address", "bt_getAddress", "subinfo_getNumber"));
    }
}
