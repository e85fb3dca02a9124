package org.mingcha.core.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MavenArtifactTest {

    @Test
    void parsesCoordinatesWithPackaging() {
        MavenArtifact a = MavenArtifact.parse("com.umeng.umsdk:common:9.8.9@aar");
        assertThat(a).isEqualTo(new MavenArtifact("com.umeng.umsdk", "common", "9.8.9", "aar"));
        assertThat(a.mavenArtifactArgument()).isEqualTo("com.umeng.umsdk:common:9.8.9:aar");
        assertThat(a.repositoryPath()).isEqualTo("com/umeng/umsdk/common/9.8.9/common-9.8.9.aar");
        assertThat(a).hasToString("com.umeng.umsdk:common:9.8.9@aar");
        assertThat(MavenArtifact.parse("com.qiniu:qiniu-android-sdk:7.5.2").packaging()).isEqualTo("jar");
    }

    @Test
    void rejectsIncompleteCoordinates() {
        assertThatThrownBy(() -> MavenArtifact.parse("com.umeng.umsdk:common@aar"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("com.umeng.umsdk:common@aar");
        assertThatThrownBy(() -> MavenArtifact.parse("a:b:c:d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MavenArtifact.parse("a:b:1@")).isInstanceOf(IllegalArgumentException.class);
    }
}
