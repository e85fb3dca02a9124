package org.mingcha.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/** Cues of 6.2.1.j (improvement-only collection) and 6.2.2.b (SDK list), on sentences written for the test. */
class ImprovementAndSdkCuesTest {

    static Stream<Arguments> improvementOnlyCues() {
        return Stream.of(
                // 以 before the verb of a purpose; a phone number and a name are kinds of PI
                Arguments.of("我们会收集您的手机号码和姓名以提供更好的活动体验。", Status.MISSING),
                // 以及 joins what is collected, it introduces no purpose
                Arguments.of("为了向您推荐您可能感兴趣的商品，我们会收集您的浏览记录，以及您在示例SDK中的设备标识。", Status.MISSING),
                // providing what the user may be interested in, or likes, or better content, is personalisation
                Arguments.of("为了向您提供您可能感兴趣的商品和服务，我们会收集您的浏览记录。", Status.MISSING),
                Arguments.of("我们会收集您的浏览记录，以便为您展示您喜欢的内容。", Status.MISSING),
                Arguments.of("为给您提供更好的内容，我们会收集您的阅读记录。", Status.MISSING),
                // data collected elsewhere and put to a use is no act of collection
                Arguments.of("我们会将您使用本服务时收集的信息进行分析，以为您提供个性化服务。", Status.MET),
                // a leading label names the purpose: improvement only, data, or a business function
                Arguments.of("数据统计：我们使用示例SDK记录应用的活跃情况和设备信息。", Status.MISSING),
                Arguments.of("统计数据：我们会记录您登录时的设备信息。", Status.MET),
                Arguments.of("账号登录：为了提升体验，我们会收集您的设备信息。", Status.MET),
                // a table written one cell per line: service, purpose, information
                Arguments.of("1\n个性化推荐\n向您推荐可能喜欢的商品\n浏览记录", Status.MISSING),
                Arguments.of("2\n附近门店\n提升查找效率\n位置信息", Status.MET),
                Arguments.of("优化服务\n上传程序错误日志\n设备标识", Status.MET),
                // under an improvement-only heading, analysing a kind of PI is its use
                Arguments.of("（一）用户体验改进计划\n我们会结合您的设备信息进行统计，优化产品体验。", Status.MISSING),
                Arguments.of("（一）用户体验改进计划\n我们会结合您的设备信息进行统计，保障账号安全。", Status.MET),
                // a purpose referring back to the clause before it ("为提供此类服务")
                Arguments.of("为了方便您挑选，我们会向您推荐您可能喜欢的商品，为提供此类服务，我们会收集您的浏览记录。", Status.MISSING),
                Arguments.of("我们会为您匹配附近的司机，为实现该功能，我们会收集您的位置信息。", Status.MET),
                // security of the service as a whole is named by the guide beside improvement; particular security
                // (an account, fraud) is a function
                Arguments.of("为了提高您使用我们服务的安全性，我们会收集您的设备型号和设备标识。", Status.MISSING),
                Arguments.of("为了保障您的账号安全，我们会收集您的设备型号和设备标识。", Status.MET),
                Arguments.of("为了确保服务安全，帮助我们了解应用的运行情况，我们会记录您使用应用的频率和设备标识。", Status.MISSING),
                // a purpose after a clause number; crash data named among what is collected is a kind, not a purpose
                Arguments.of("2.1为确保服务安全，帮助我们了解应用的运行情况，我们会记录您使用应用的频率、崩溃数据。", Status.MISSING),
                Arguments.of("我们会收集您的崩溃日志，用于修复故障。", Status.MET),
                // a purpose joined by 或为 is a purpose of its own: preventing risk is a function
                Arguments.of("为提升服务体验，或为防范交易风险，我们会收集您的操作信息。", Status.MET),
                // 上报 collects; 便于 introduces a purpose
                Arguments.of("为了给您提供智能推荐服务，我们会上报您设备上安装的应用信息。", Status.MISSING),
                Arguments.of("我们接入了示例SDK，便于改进产品体验，需要获取您的手机号码。", Status.MISSING),
                Arguments.of("我们接入了示例SDK，便于您登录，需要获取您的手机号码。", Status.MET),
                // a list written out inside the sentence is governed by the sentence's purposes
                Arguments.of("为了您更好地使用产品，我们会收集以下信息：设备型号、IP地址、点击记录。", Status.MISSING),
                // a list introduced with its purposes: the items decide whether they state purposes of their own
                Arguments.of("为了向您展示您感兴趣的广告，我们会收集您的以下信息：\n1. 设备标识；\n2. 广告点击记录。", Status.MISSING),
                Arguments.of("为了提升使用体验，我们会收集您的以下信息：\n1. 位置信息，用于查找附近门店；\n2. 相册，用于上传头像。", Status.MET),
                Arguments.of("为改善我们的产品，我们会收集相关日志信息，主要包括：\n浏览记录、点击记录。", Status.MISSING),
                Arguments.of("我们会收集以下信息，以改善我们的产品：\n1. 位置信息，用于查找附近门店。", Status.MET),
                // 、 between qualities of one better service joins no separate purposes
                Arguments.of("为了提升服务质量，我们会收集您的搜索记录，以便提供更为准确、个性及便捷的服务。", Status.MISSING),
                // the service "we provide" is what the purpose improves, not a function provided
                Arguments.of("我们会收集您的页面停留时长数据，目的在于改善我们向您提供的服务。", Status.MISSING),
                // a preference profile built from kinds of PI to choose what is pushed is targeted push; data referred
                // back to were collected for other purposes, and a denied profile is none
                Arguments.of("为了给您更好的体验，我们会根据您的浏览记录、设备信息，提取您的偏好特征形成用户画像，用于向您推送商品。",
                        Status.MISSING),
                Arguments.of("我们会基于前述信息形成用户画像，用于向您推送商品。", Status.MET),
                Arguments.of("我们不会根据您的浏览记录形成用户画像，用于向您推送商品。", Status.MET),
                // the provider's own collection of "your personal information" for a better service only; handing it
                // to partners is sharing, and new PI that future functions may need is no present collection
                Arguments.of("为了给您带来更好的服务，示例公司可能会收集您的个人信息。", Status.MISSING),
                Arguments.of("为了给您带来更好的服务，我们会向合作伙伴提供并收集您的信息。", Status.MET),
                Arguments.of("随着功能的增加，我们可能需要收集新的个人信息，以改善您的体验。", Status.MET),
                // a purpose stated in a list's introduction governs items that state none of their own, wherever
                // the purpose stands in the sentence
                Arguments.of("我们会收集您的以下信息，目的在于改善产品：\n1. 设备型号；\n2. 页面停留时长。", Status.MISSING),
                // a reason given as 基于/出于…考虑 ties the collection to it; security named alone beside
                // experience is the guide's 增强安全性
                Arguments.of("其他信息包括示例公司基于安全、体验优化等考虑而需收集的信息。", Status.MISSING),
                Arguments.of("其他信息包括示例公司出于履行合同的需要而收集的信息。", Status.MET),
                // a fault named as the moment of collection is no purpose; fixing it is
                Arguments.of("应用出现故障时，我们会记录当时的运行日志，以优化体验。", Status.MISSING),
                Arguments.of("应用出现故障时，我们会记录当时的运行日志，以修复故障。", Status.MET),
                // a permission an SDK obtains is a collection; its purpose may follow the SDK's quoted name
                Arguments.of("示例SDK“甲推送”为提升体验，需获取读取存储空间权限；", Status.MISSING),
                Arguments.of("示例SDK“甲推送”为推送消息，需获取读取存储空间权限；", Status.MET),
                // statistics offered as a service are still statistics; providing and improving a service provides it
                Arguments.of("示例统计SDK会收集您的设备标识，以提供统计分析服务。", Status.MISSING),
                Arguments.of("我们收集位置信息的目的在于提供和改善基于位置的服务。", Status.MET),
                // a function that is only personalised is personalisation; an unqualified one stays a function
                Arguments.of("为向您提供个性化的内容搜索服务，我们会收集您的点击记录。", Status.MISSING),
                Arguments.of("为向您提供内容搜索服务，我们会收集您的点击记录。", Status.MET),
                // the user handing data over, with a purpose of better or personalised service only
                Arguments.of("您可以向我们提供您的职业、兴趣爱好等信息，这些信息有助于我们向您提供更加个性化的服务。", Status.MISSING),
                Arguments.of("您可以向我们提供您的收货地址，以便配送订单。", Status.MET),
                // protecting the service at large against threats is the guide's 增强安全性; a particular risk is not
                Arguments.of("为更好地预防钓鱼网站和木马病毒，我们可能会记录您的网络使用习惯信息。", Status.MISSING),
                Arguments.of("为防范交易风险，我们可能会记录您的网络使用习惯信息。", Status.MET),
                // recommendations made from the user's data are targeted push, without any profile word; a glossary
                // entry and a recommendation of people to meet are not
                Arguments.of("我们会根据您的位置信息，向您推荐附近的活动。", Status.MISSING),
                Arguments.of("个性化推荐：是指根据用户的浏览信息向用户推荐相关内容。", Status.MET),
                Arguments.of("我们会根据您的位置信息，向您推荐附近的人。", Status.MET),
                Arguments.of("为了提升体验，我们会根据用户的订阅信息形成特征标签，用于提供个性化内容。", Status.MISSING),
                Arguments.of("我们会结合您的操作行为进行算法分析，向您推荐您可能感兴趣的内容。", Status.MISSING),
                // keeping data is collecting it; a field named 信息安全 is no security purpose
                Arguments.of("为了提高服务质量，我们会留存您使用服务的记录信息。", Status.MISSING),
                Arguments.of("示例平台会按其信息安全规则收集去标识化的设备信息，以帮助我们统计和分析数据。", Status.MISSING));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("improvementOnlyCues")
    void improvementOnlyCollection(String text, Status expected) {
        assertThat(Snippets.run(new SoleImprovementCheck(), text).status()).isEqualTo(expected);
    }

    static Stream<Arguments> sdkListCues() {
        String table = "第三方SDK服务商可能会收集您的个人信息：\n服务商\n服务内容\n隐私政策链接\n---|---|---\n示例甲\n登录\n";
        return Stream.of(
                // third-party services or tools built into the product, in a paragraph on collecting PI: unnamed SDKs
                Arguments.of("示例应用会与第三方服务提供商合作，在产品中接入第三方服务（例如投放广告）。第三方服务商可能会收集您的设备信息。",
                        Status.PARTLY),
                Arguments.of("我们会使用工具（含第三方工具）统计您的使用数据。", Status.PARTLY),
                Arguments.of("示例应用嵌入第三方代码传入个人信息的情形如下：", Status.PARTLY),
                // third-party SDKs said to be in the product, or a heading of their directory: embedded, unnamed
                Arguments.of("我们的产品中可能会包含第三方SDK，这些SDK可能会直接收集您的信息。", Status.PARTLY),
                Arguments.of("接入第三方SDK目录", Status.PARTLY),
                Arguments.of("接入第三方 SDK 目录", Status.PARTLY),
                // a third party's statistics or advertising code used in the product, unnamed: an embedded SDK
                Arguments.of("本应用使用第三方统计服务，它会收集您的设备型号。", Status.PARTLY),
                Arguments.of("第三方广告网络可能在本应用中投放广告。", Status.PARTLY),
                Arguments.of("我们不会使用第三方统计工具收集您的信息。", Status.MISSING),
                // cookies that advertisers place are web tracking, not code of the app
                Arguments.of("我们的页面上可能有广告商放置的Cookie，这些Cookie可能会收集您的浏览信息。", Status.MISSING),
                // third-party services built in, with the user's information handed to them in the same paragraph
                Arguments.of("示例浏览器接入了丰富的第三方服务。当您使用该服务时，您授权我们将该信息提供给第三方服务平台。", Status.PARTLY),
                // an SDK that is a third party's, used, or collecting by itself is part of the product, even unnamed
                Arguments.of("在部分场景下，本行会使用合作机构提供的开发工具包（SDK）办理业务，对应场景见附件。", Status.PARTLY),
                Arguments.of("此时需要通过SDK来采集您的必要信息。", Status.PARTLY),
                Arguments.of("定位权限：供第三方SDK完成统计时使用。", Status.PARTLY),
                // any SDK the policy speaks of is one of the product: a typed SDK acting, an SDK a vendor provides, an
                // SDK embedded even where sharing with its vendor is denied
                Arguments.of("这些数据用于广告SDK形成兴趣标签，向您展示更相关的广告。", Status.PARTLY),
                Arguments.of("“示例广告”：该SDK由示例有限公司提供，用于在开屏页播放广告。", Status.PARTLY),
                Arguments.of("我们会接入他们的SDK，但不会向他们共享您的任何信息。", Status.PARTLY),
                // embedding itself denied
                Arguments.of("我们未接入任何第三方SDK。", Status.MISSING),
                // the provider's own SDK offered to others, a security test of partners' SDKs, an SDK version as a
                // collected item, a storage typo and an address in an e-mail are no SDK of the app
                Arguments.of("本政策适用于供第三方应用使用的示例软件开发工具包（SDK）。", Status.MISSING),
                Arguments.of("我们会对合作方获取信息的软件开发工具包（SDK）进行严格的安全检测。", Status.MISSING),
                Arguments.of("我们会记录您的设备型号、SDK版本和时间戳。", Status.MISSING),
                Arguments.of("存储权限：读取您的SDK中的内容，用于保存图片。", Status.MISSING),
                Arguments.of("如有疑问，请发送邮件至 help@paysdk.example.com 与我们联系。", Status.MISSING),
                // sharing "through SDKs and similar technologies" is a method, not an SDK of the app
                Arguments.of("我们可能会通过SDK等技术与设备厂商共享设备型号。", Status.MISSING),
                // the policy's scope excluding third-party sites is no part of the app
                Arguments.of("本政策不适用于通过我们的服务而接入的第三方服务（包括任何第三方网站）收集的信息。", Status.MISSING),
                // a site named before the embedded services is another thing; embedding denied is none
                Arguments.of("您可能会访问第三方网站，或使用我们接入的第三方服务，该等服务可能收集您的个人信息。", Status.PARTLY),
                Arguments.of("我们不存在嵌入第三方代码插件收集个人信息的功能。", Status.MISSING),
                // an SDK sentence introducing a table: the links of the table are its own
                Arguments.of(table + "https://example.com/privacy", Status.PARTLY),
                // without the links the third party's SDK said to collect is still an unnamed SDK
                Arguments.of(table + "无", Status.PARTLY),
                // each SDK needs all four: one without a link leaves two complete SDKs
                Arguments.of("我们集成了以下第三方SDK：\n友盟SDK由示例甲有限公司提供，收集设备信息，用于统计。详见《友盟隐私政策》。\n"
                        + "极光推送SDK由示例乙有限公司提供，收集设备信息，用于推送。详见《极光隐私政策》。\n"
                        + "个推SDK由示例丙有限公司提供，收集设备信息，用于推送。", Status.PARTLY),
                // a table whose header names third parties and a purpose column: its rows are SDKs with purposes
                Arguments.of("功能| 使用目的| 第三方名称| 涉及个人信息| 第三方隐私政策\n---|---|---|---|---\n"
                        + "消息推送| 向您推送消息| 极光（示例乙有限公司）| 设备信息| https://example.com/a\n"
                        + "消息推送| 向您推送通知| 个推（示例丙有限公司）| 设备信息| https://example.com/b\n"
                        + "统计| 统计活跃用户| 友盟（示例甲有限公司）| 设备信息| https://example.com/c", Status.MET));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("sdkListCues")
    void sdkList(String text, Status expected) {
        assertThat(Snippets.run(new SdkListCheck(), text).status()).isEqualTo(expected);
    }

    @Test
    void cookieBoilerplateIsNoCollectionStatement() {
        String sentence = "为使您获得更轻松的访问体验，我们会收集您的访问数据。";
        assertThat(Snippets.run(new SoleImprovementCheck(), sentence).status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SoleImprovementCheck(), "二、我们如何使用Cookie和同类技术\n" + sentence).status())
                .isEqualTo(Status.MET);
    }

    /**
     * A long run of letters without "@" (a pasted token, a minified line) is passed over once by the link and e-mail
     * blanking; an address pattern retried from every position of the run took minutes on a few hundred thousand.
     */
    @Test
    void aLongRunOfLettersIsReadOnceAndTheAddressAfterItStillBlanked() {
        String text = "令牌：" + "a".repeat(300_000) + "\n如有疑问，请发送邮件至 help@paysdk.example.com 与我们联系。\n"
                + "我们的产品中可能会包含第三方SDK，这些SDK可能会直接收集您的信息。";
        assertThat(Snippets.run(new SdkListCheck(), text).status()).isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new SdkListCheck(), text.substring(0, text.lastIndexOf('\n'))).status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void aPromiseToAskBeforeNewCollectionIsNoCollection() {
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "为给您带来更好的体验，我们可能需要收集新的个人信息，我们将另行向您说明并征得您的同意后收集。").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void targetingAndServingAdvertisersAreImprovementOnly() {
        assertThat(Snippets.run(new SoleImprovementCheck(), "我们会收集您的设备标识，用于广告的精准投放。").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SoleImprovementCheck(), "我们收集您的浏览记录的目的是为广告商提供接触适合用户的途径。")
                .status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SoleImprovementCheck(), "我们会收集您的设备标识，用于展示广告。").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void aPersonalisedServiceIsNoBusinessFunction() {
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "我们收集您的偏好信息的目的是为您提供尽可能多的个人化网上服务。").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "我们收集您的位置信息的目的是为您提供尽可能多的附近门店服务。").status()).isEqualTo(Status.MET);
    }

    @Test
    void shortItemsOfAnEnumerationFollowTheirVerb() {
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "示例统计SDK会收集您的设备标识，用于统计装机量、活跃用户、区域分布。").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SoleImprovementCheck(), "示例SDK会收集您的设备标识，用于统计、推送消息。").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void collectionAsTheFunctionRequiresIsNotImprovementOnly() {
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "为了更好地提供浏览推荐的体验，我们会根据您使用服务的具体功能需要收集必要的设备信息。").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void anSdkRecordWhoseFunctionIsOnlyAnalytics() {
        assertThat(Snippets.run(new SoleImprovementCheck(), "示例SDK\n功能：统计和分析数据\n权限：读取设备信息").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SoleImprovementCheck(), "示例SDK\n功能：消息推送\n权限：读取设备信息").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void anEmbeddedSdkThatTakesPiIsNamedButAMethodIsNot() {
        assertThat(Snippets.run(new SdkListCheck(), "我们接入的推送SDK可能会收集您的设备标识（IMEI）。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new SdkListCheck(), "我们可能会通过SDK等技术与终端设备制造商共享手机型号。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void aLinkToAnSdkListKeptElsewhereIsAnUnnamedSdk() {
        // the round-seven reading: a link to an SDK directory naming no SDK in the document is partly
        assertThat(Snippets.run(new SdkListCheck(), "附件：SDK使用场景列表 https://example.com/sdk.html").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new SdkListCheck(), "附件：合作机构列表").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SdkListCheck(), "示例SDK隐私政策：https://example.com/privacy").status())
                .isEqualTo(Status.PARTLY);
    }

    @Test
    void theTitleOfTheSdksPolicyPointsToItAsALinkDoes() {
        String list = "我们集成了以下第三方SDK：\n"
                + "友盟SDK由示例甲有限公司提供，收集设备信息，用于统计。%s\n"
                + "极光推送SDK由示例乙有限公司提供，收集设备信息，用于推送。%s\n"
                + "个推SDK由示例丙有限公司提供，收集设备信息，用于推送。%s";
        assertThat(Snippets.run(new SdkListCheck(), list.formatted("详见《友盟隐私政策》。", "详见《极光隐私政策》。",
                "详见《个推隐私政策》。")).status()).isEqualTo(Status.MET);
        PolicyCheckResult without = Snippets.run(new SdkListCheck(), list.formatted("", "", ""));
        assertThat(without.status()).isEqualTo(Status.PARTLY);
        assertThat(without.note()).contains("no-policy-link");
    }

    @Test
    void productsNamedAsThirdPartyServicesOrPlatformsAreSdks() {
        assertThat(Snippets.run(new SdkListCheck(), "您同意使用以下第三方提供的服务：极光推送、友盟统计。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new SdkListCheck(), "您可以通过微信登录，我们将获取您在第三方平台的头像和昵称。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new SdkListCheck(), "您可以通过微信登录。").status()).isEqualTo(Status.MISSING);
    }
}
