package org.mingcha.rules.pi;

import java.util.Set;

/**
 * Location obtained in code: platform, fused and Chinese map-SDK fixes, cell identities, Wi-Fi access points.
 * Selected by knowledge-base sensitive-API ids (the metadata test checks each exists); arguments as in
 * {@link PiReadRule}.
 */
public final class LocationReadRule extends PiReadRule {

    public LocationReadRule() {
        super("MC-PI-LOCATION", Set.of(
                "loc_getLastKnownLocation", "loc_requestLocationUpdates", "loc_requestSingleUpdate",
                "loc_getCurrentLocation", "loc_gnss_status", "gms_fused_lastLocation", "amap_startLocation",
                "baidu_locationclient_start", "tencent_location_request", "tm_getCellLocation", "tm_getAllCellInfo",
                "tm_requestCellInfoUpdate", "tm_getNeighboringCellInfo", "gsmcell_getCid",
                "cdmacell_getBaseStationId", "wifi_getBSSID", "wifi_getScanResults", "gsmcell_getLac",
                "cdmacell_getNetworkId", "loc_gnss_status_addGpsStatusListener", "loc_gnss_status_addNmeaListener",
                "gms_fused_getCurrentLocation", "gms_fused_requestLocationUpdates", "amap_getLastKnownLocation",
                "baidu_locationclient_requestLocation", "tencent_location_request_requestSingleFreshLocation"));
    }
}
