package org.mingcha.apk.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.apk.code.CodeFixtures.at;
import static org.mingcha.apk.code.CodeFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.fact.ContentUriAccess;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.UrlConstant;

class UriAndUrlScanTest {

    private static final String STRINGS = """
            .class public Lcom/example/app/Strings;
            .super Ljava/lang/Object;

            .method public providers()V
                .registers 3
                const-string v0, "content://sms/inbox"
                sget-object v1, Landroid/provider/Telephony$Sms;->CONTENT_URI:Landroid/net/Uri;
                const-string v0, "content://settings/system"
                const-string v0, "content://smsx/inbox"
                sget-object v1, Landroid/provider/ContactsContract$Contacts;->CONTENT_URI:Landroid/net/Uri;
                sget-object v1, Landroid/provider/MediaStore$Audio$Media;->INTERNAL_CONTENT_URI:Landroid/net/Uri;
                return-void
            .end method

            .method public urls()V
                .registers 2
                const-string v0, "https://api.example.com/v1/track?id=1"
                const-string v0, "http://schemas.android.com/apk/res/android"
                const-string v0, "http://www.w3.org/2001/XMLSchema"
                const-string v0, "http://log.example.cn/{id}/upload"
                const-string v0, "see http://example.org/"
                const-string v0, "https://%s/path"
                return-void
            .end method
            """;

    @Test
    void contentUrisFromStringsAndFrameworkFields() {
        List<ContentUriAccess> uris = only(CodeFixtures.scan(STRINGS), ContentUriAccess.class);

        assertThat(uris).extracting(u -> u.apiId() + " " + u.uri() + " " + at(u.caller())).containsExactlyInAnyOrder(
                "sms_uri content://sms/inbox Strings.providers@0",
                "sms_uri content://sms Strings.providers@2",
                "contacts_uri content://com.android.contacts/contacts Strings.providers@8");
    }

    @Test
    void httpUrlsWithHostsButNotNamespaces() {
        List<Fact> facts = CodeFixtures.scan(STRINGS);
        List<UrlConstant> urls = only(facts, UrlConstant.class);

        assertThat(urls).extracting(u -> u.host() + " " + u.scheme() + " " + at(u.caller())).containsExactlyInAnyOrder(
                "api.example.com https Strings.urls@0",
                "log.example.cn http Strings.urls@6");
        assertThat(urls).extracting(UrlConstant::url)
                .containsExactlyInAnyOrder("https://api.example.com/v1/track?id=1", "http://log.example.cn/{id}/upload");
        assertThat(urls).filteredOn(UrlConstant::cleartext).hasSize(1);
    }
}
