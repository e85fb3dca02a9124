package org.mingcha.core.fact;

/** Risky code shapes that are not PI reads themselves but weaken protection or reach beyond the app. */
public enum CodePatternKind {
    /** MessageDigest.getInstance("MD5"/"SHA-1"/"MD2"...) */
    WEAK_HASH,
    /** Cipher.getInstance with DES, 3DES, RC4, RC2, Blowfish */
    WEAK_CIPHER,
    /** Cipher.getInstance with ECB mode, or a bare "AES" that defaults to ECB */
    ECB_MODE,
    /** RSA keys generated shorter than 2048 bits */
    WEAK_RSA_KEY,
    /** SSLContext.getInstance("SSL"/"SSLv3"/"TLSv1"/"TLSv1.1") */
    INSECURE_TLS_VERSION,
    /** An X509TrustManager whose checkServerTrusted returns without checking */
    TRUST_ALL_CERTIFICATES,
    /** A HostnameVerifier whose verify returns true, or ALLOW_ALL_HOSTNAME_VERIFIER */
    ALLOW_ALL_HOSTNAMES,
    /** WebViewClient.onReceivedSslError calling SslErrorHandler.proceed */
    WEBVIEW_SSL_ERROR_PROCEED,
    /** DexClassLoader, PathClassLoader, InMemoryDexClassLoader, System.load of a path */
    DYNAMIC_CODE_LOADING,
    /** openFileOutput/getSharedPreferences with MODE_WORLD_READABLE or MODE_WORLD_WRITEABLE */
    WORLD_ACCESSIBLE_STORAGE,
    /** startService/bindService/startActivity with an explicit component or package of another app */
    ASSOCIATED_START
}
