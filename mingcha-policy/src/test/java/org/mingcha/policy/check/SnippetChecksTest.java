package org.mingcha.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/** Edge cases on short texts written for these tests. */
class SnippetChecksTest {

    @Test
    void datesInChineseIsoAndDottedForms() {
        String notes = "\n本政策如何更新：我们会适时修订本政策。";
        assertThat(Snippets.run(new DatesCheck(), "生效日期：2023年5月1日" + notes).status()).isEqualTo(Status.MET);
        assertThat(Snippets.run(new DatesCheck(), "更新日期：2023-05-01" + notes).status()).isEqualTo(Status.MET);
        assertThat(Snippets.run(new DatesCheck(), "发布日期：2023.5.1" + notes).status()).isEqualTo(Status.MET);
        PolicyCheckResult compact = Snippets.run(new DatesCheck(), "版本更新日期：20201127" + notes);
        assertThat(Snippets.quoted(compact)).contains("20201127");
    }

    @Test
    void founding_date_is_not_a_policy_date() {
        PolicyCheckResult r = Snippets.run(new DatesCheck(), "某某科技有限公司，成立于2017年09月15日。");
        assertThat(r.status()).isEqualTo(Status.MISSING);
        assertThat(r.note()).contains("no-date");
    }

    @Test
    void vagueListsEndingInDengAreQuoted() {
        PolicyCheckResult vague = Snippets.run(new ProcessingDetailCheck(),
                "为了帮助您注册，我们会收集您的手机号码、设备信息等信息。我们仅在所需期限内保留您的信息。");
        assertThat(vague.status()).isEqualTo(Status.PARTLY);
        assertThat(vague.note()).startsWith("vague-lists");
        assertThat(Snippets.quoted(vague)).contains("等信息");

        PolicyCheckResult precise = Snippets.run(new ProcessingDetailCheck(),
                "为了帮助您注册，我们会收集您的手机号码。我们仅在所需期限内保留您的信息。");
        assertThat(precise.status()).isEqualTo(Status.MET);
    }

    @Test
    void wordsContainingDengAreNotVague() {
        PolicyCheckResult r = Snippets.run(new ProcessingDetailCheck(),
                "为了确定会员等级，我们会收集您的手机号码。我们仅在所需期限内保留您的信息。");
        assertThat(r.status()).isEqualTo(Status.MET);
    }

    @Test
    void responseWithinFifteenWorkingDaysVersusThirtyDays() {
        assertThat(Snippets.run(new RequestResponseCheck(), "我们将在十五个工作日内答复您的请求。").status())
                .isEqualTo(Status.MET);
        PolicyCheckResult late = Snippets.run(new RequestResponseCheck(), "我们将在30天内答复您的请求。");
        assertThat(late.status()).isEqualTo(Status.PARTLY);
        assertThat(late.note()).isEqualTo("time-limit-over-15-working-days");
        assertThat(Snippets.quoted(late)).contains("30天");
    }

    @Test
    void accountCancellationWithTooLongReview() {
        PolicyCheckResult r = Snippets.run(new AccountCancellationCheck(),
                "您可以在【我的】-【设置】中申请注销账号，审核时间为30天。");
        assertThat(r.status()).isEqualTo(Status.PARTLY);
        PolicyCheckResult ok = Snippets.run(new AccountCancellationCheck(),
                "您可以在【我的】-【设置】中申请注销账号，我们将在15个工作日内完成。");
        assertThat(ok.status()).isEqualTo(Status.MET);
    }

    @Test
    void providerCancellingAccountsIsNotAUserOperation() {
        assertThat(Snippets.run(new AccountCancellationCheck(), "如您违反本协议，我们有权注销您的账号。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void sensitivePiMarkedByBoldStarOrLabel() {
        assertThat(Snippets.run(new SensitiveMarkingCheck(), "我们会收集您的**身份证号码**用于实名认证。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new SensitiveMarkingCheck(), "我们会收集您的身份证号码★用于实名认证。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new SensitiveMarkingCheck(), "我们会收集您的银行卡号，银行卡号属于个人敏感信息。")
                .status()).isEqualTo(Status.MET);
    }

    @Test
    void unmarkedSensitivePiWithAndWithoutEmphasisInformation() {
        PolicyCheckResult plain = Snippets.run(new SensitiveMarkingCheck(), "我们会收集您的身份证号码用于实名认证。");
        assertThat(plain.status()).isEqualTo(Status.PARTLY);
        assertThat(plain.note()).isEqualTo("unmarked-no-emphasis-info");
        PolicyCheckResult styled = Snippets.run(new SensitiveMarkingCheck(),
                "**重要提示**\n我们会收集您的身份证号码用于实名认证。");
        assertThat(styled.status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SensitiveMarkingCheck(), "我们不会收集您的身份证号码。").status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void improvementOnlyCollectionVersusAFunction() {
        PolicyCheckResult only = Snippets.run(new SoleImprovementCheck(), "为了改善用户体验，我们会收集您的设备信息。");
        assertThat(only.status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SoleImprovementCheck(), "为了保障账号安全并改善用户体验，我们会收集您的设备信息。")
                .status()).isEqualTo(Status.MET);
    }

    @Test
    void childrenRulesOrTheirAbsence() {
        assertThat(Snippets.run(new ChildrenCheck(), "我们另行制定了《儿童个人信息保护规则》。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new ChildrenCheck(), "本产品面向儿童提供学习服务。").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new ChildrenCheck(), "不满十四周岁的用户应在监护人同意后使用。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new ChildrenCheck(), "禁止发布危害未成年人的内容。").status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void unfairTerms() {
        PolicyCheckResult r = Snippets.run(new UnfairTermsCheck(), "因黑客攻击导致的损失，本公司不承担任何责任。");
        assertThat(r.status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.quoted(r)).contains("不承担任何责任");
        assertThat(Snippets.run(new UnfairTermsCheck(), "我们将依法承担相应的法律责任。").status()).isEqualTo(Status.MET);
    }

    @Test
    void providerContactParts() {
        PolicyCheckResult all = Snippets.run(new ProviderCheck(),
                "示例网络科技有限公司\n注册地址：北京市海淀区中关村大街1号\n个人信息保护负责人邮箱：privacy@example.com");
        assertThat(all.status()).isEqualTo(Status.MET);
        PolicyCheckResult blank = Snippets.run(new ProviderCheck(), "公司名称：\n注册地址：\n");
        assertThat(blank.status()).isEqualTo(Status.MISSING);
        PolicyCheckResult phoneOnly = Snippets.run(new ProviderCheck(), "如有疑问请拨打客服电话400-123-4567。");
        assertThat(phoneOnly.status()).isEqualTo(Status.PARTLY);
        assertThat(phoneOnly.note()).isEqualTo("no-name,no-address,contact");
    }

    @Test
    void crossBorderAndPersonalisation() {
        assertThat(Snippets.run(new CrossBorderCheck(), "如需向境外传输，我们将按照国家相关规定执行并征得您的同意。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new CrossBorderCheck(), "合作方可能位于其他国家。").status()).isEqualTo(Status.PARTLY);
    }

    @Test
    void noSignOfACrossBorderTransfer() {
        // a promise of consent alone, a denial, a title, trademarks and data sent back to China (labels README, 10.2)
        assertThat(Snippets.run(new CrossBorderCheck(), "如需向境外传输，我们将单独征得您的同意。").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Snippets.run(new CrossBorderCheck(), "上述信息将存储于中国境内。如需向境外传输，我们将单独征得您的同意。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new CrossBorderCheck(), "您的信息存储于中国境内，我们不会将其传输至境外。").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Snippets.run(new CrossBorderCheck(), "七、您的个人信息如何在全球范围转移").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Snippets.run(new CrossBorderCheck(), "示例标识是示例公司在中国及其他国家的注册商标。").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Snippets.run(new CrossBorderCheck(), "境外用户的信息将回传存储在中国境内的服务器上，并受到保护。").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        // exceptions after the denial, a request abroad handled under the law, partners in another jurisdiction
        assertThat(Snippets.run(new CrossBorderCheck(),
                "信息存储在境内，不涉及跨境传输，以下情形除外：\n1、获得您的同意后向境外合作方提供。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new CrossBorderCheck(),
                "如示例公司因业务需要向境外传输，将依照法律法规进行安全评估。").status()).isEqualTo(Status.MET);
        assertThat(Snippets.run(new CrossBorderCheck(), "合作伙伴可能并非位于您所在的法域，我们会要求其保护您的信息。").status())
                .isEqualTo(Status.PARTLY);
        // a denial elsewhere in the sentence does not deny the transfer
        assertThat(Snippets.run(new CrossBorderCheck(), "我们的部分服务器位于境外，我们不会出售您的信息。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new PersonalisationCheck(), "我们会向您进行个性化推荐。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new PersonalisationCheck(),
                "我们会向您进行个性化推荐。您可以在设置中关闭个性化推荐。").status()).isEqualTo(Status.MET);
    }

    @Test
    void storageRegionMeansWhereItIsStored() {
        PolicyCheckResult r = Snippets.run(new StorageCheck(), "我们在境内运营中收集的信息存储于合规的位置。");
        assertThat(r.note()).startsWith("no-region");
        PolicyCheckResult all = Snippets.run(new StorageCheck(),
                "信息存储于中华人民共和国境内。我们仅在所需期限内保留您的信息。超出期限后，我们将删除或匿名化处理。");
        assertThat(all.status()).isEqualTo(Status.MET);
    }

    @Test
    void storageHandlingAfterThePeriodIsWhatMakesItMet() {
        // deletion only when operations end cannot make the check met (the round-two reading)
        PolicyCheckResult operationsEnd = Snippets.run(new StorageCheck(),
                "资料存储于中华人民共和国境内。我们仅在所需期限内保留您的资料。如我们停止运营，我们将删除您的资料。");
        assertThat(operationsEnd.status()).isEqualTo(Status.PARTLY);
        assertThat(operationsEnd.note()).endsWith("handling-when-operations-end");
        // deletion when the account is cancelled gives period and handling (the round-eight reading)
        assertThat(Snippets.run(new StorageCheck(), "资料存储于中国内地。注销账号后，我们将删除您的资料。").status())
                .isEqualTo(Status.MET);
        // "once the period is exceeded" presupposes a period, it does not state one
        PolicyCheckResult exceeded = Snippets.run(new StorageCheck(), "超出保存期限后，我们将删除您的资料。");
        assertThat(exceeded.note()).isEqualTo("no-region,no-period,expiry-handling");
    }

    @Test
    void sdkListColumns() {
        String list = "第三方SDK列表：\nSDK名称：友盟统计\n第三方名称：示例科技有限公司\n用途：用于统计分析\n"
                + "收集个人信息：设备信息、IMEI\n隐私政策：https://example.com/umeng\n"
                + "SDK名称：个推\n第三方名称：示例推送有限公司\n用途：用于消息推送\n收集个人信息：设备信息\n"
                + "隐私政策：https://example.com/getui\nSDK名称：穿山甲\n第三方名称：示例广告有限公司\n"
                + "用途：用于广告\n收集个人信息：设备信息\n隐私政策：https://example.com/csj\n";
        assertThat(Snippets.run(new SdkListCheck(), list).status()).isEqualTo(Status.MET);
        PolicyCheckResult partly = Snippets.run(new SdkListCheck(), "我们集成了友盟SDK用于统计。");
        assertThat(partly.status()).isEqualTo(Status.PARTLY);
        assertThat(partly.note()).contains("no-policy-link");
    }

    @Test
    void targetedPushOrAnalysisAloneIsAnImprovementOnlyPurpose() {
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "为了向您推荐您可能感兴趣的内容，我们会读取您的应用安装列表。").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "示例统计SDK会收集您的设备标识，用于数据统计和分析。").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "我们会收集您的位置信息，用于为您提供附近门店查询服务和个性化推荐。").status()).isEqualTo(Status.MET);
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "我们收集位置信息的目的在于提供和改善基于位置的服务。").status()).isEqualTo(Status.MET);
    }

    @Test
    void improvementOnlyHeadingOverACollectionStatement() {
        PolicyCheckResult r = Snippets.run(new SoleImprovementCheck(),
                "（八）改善我们的产品和服务\n我们会收集您在问卷中填写的答复信息。\n（九）保障账号安全\n我们会记录您的登录日志。");
        assertThat(r.status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.quoted(r)).isEqualTo("（八）改善我们的产品和服务");
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "使用目的：数据统计及分析\n共享的个人信息类型：设备标识、IMEI").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "使用目的：崩溃统计\n共享的个人信息类型：设备标识").status()).isEqualTo(Status.MET);
    }

    @Test
    void listIntroductionsAndTheWholePolicyAreNotSoleImprovement() {
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "为了向您提供更好的服务，我们会收集以下信息：\n1. 手机号码，用于注册登录。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new SoleImprovementCheck(),
                "我们将依法收集和使用您的个人信息，以帮助我们向您提供更优质的服务。").status()).isEqualTo(Status.MET);
    }

    @Test
    void aWayWrittenAsAnInstructionOrUnderTheHeading() {
        assertThat(Snippets.run(new AccountCancellationCheck(), "（五）注销账户：点击“我的-设置-账号注销”即可。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new AccountCancellationCheck(),
                "（五）注销账户\n如您需要注销，可联系我们的客服，客服核实身份后为您办理。").status()).isEqualTo(Status.MET);
        assertThat(Snippets.run(new CorrectionOperationCheck(),
                "1. 通过【我的-编辑资料】更正自己的个人资料。").status()).isEqualTo(Status.MET);
    }

    @Test
    void aRequestWithoutAChannelIsNoWay() {
        PolicyCheckResult r = Snippets.run(new DeletionOperationCheck(), "您可以向我们提出删除个人信息的请求。");
        assertThat(r.status()).isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new DeletionOperationCheck(),
                "您可以向我们提出删除个人信息的请求，您可以通过以下方式联系我们：\n1. 电话：010-12345678").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new CopyOperationCheck(),
                "您可以通过“访问您的个人信息”中列明的方式获取您的个人信息副本。").status()).isEqualTo(Status.MET);
    }

    @Test
    void onlyTheUserActingCounts() {
        assertThat(Snippets.run(new DeletionOperationCheck(),
                "您承认并同意，本公司可随时删除您的账号及账号中的信息。").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new QueryOperationCheck(),
                "用户公开发布可被公众访问的个人信息时，用户有可能会收到骚扰信息。").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new ConsentWithdrawalCheck(),
                "您可以随时通过设置关闭地理位置信息的展示。").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new ConsentWithdrawalCheck(),
                "您也可以随时取消您的地理位置信息授权，请在系统设置中关闭定位权限。").status()).isEqualTo(Status.MET);
    }

    @Test
    void userFeedbackIsNoPromiseToRespond() {
        assertThat(Snippets.run(new RequestResponseCheck(), "您可以通过邮件反馈账号信息进行投诉。").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new RequestResponseCheck(), "我们核查后会及时反馈您的投诉。").status())
                .isEqualTo(Status.PARTLY);
    }

    @Test
    void anObligationNotToDiscloseIsNoConsentException() {
        assertThat(Snippets.run(new ConsentExceptionsCheck(),
                "协议终止后，除法律有明确规定外，本公司无义务向用户披露账号中的任何信息。").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new ConsentExceptionsCheck(),
                "我们可能会根据法律法规规定或政府主管部门的强制性要求，对外披露您的个人信息。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new ConsentExceptionsCheck(),
                "我们不会向第三方披露您的个人信息，除非：\n（1）事先取得您的同意；\n（2）为完成业务合并所必需；\n"
                        + "（3）法律法规或政府机关要求。").status())
                .isEqualTo(Status.PARTLY);
    }

    @Test
    void aHeadingOnConsentOverTheGuidesCasesIsAnExceptionList() {
        String cases = "\n（1）与国家安全、国防安全有关的；\n（2）与公共安全、公共卫生有关的；\n（3）与犯罪侦查、起诉、审判和判决执行等有关的；"
                + "\n（4）出于维护个人的生命、财产等重大合法权益的；";
        assertThat(Snippets.run(new ConsentExceptionsCheck(), "（二）您须授权我们收集和使用您个人信息的情形" + cases
                + "\n（5）个人信息主体自行向社会公众公开的；").status()).isEqualTo(Status.MET);
        assertThat(Snippets.run(new ConsentExceptionsCheck(), "（二）您须授权我们收集和使用您个人信息的情形" + cases).status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void providerDetailsInOtherShapes() {
        PolicyCheckResult r = Snippets.run(new ProviderCheck(),
                "示例市交通委员会\n地址：示例省示例市科技园示例大厦东塔36楼\n如有问题请联系客服QQ 80085825。");
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(Snippets.run(new ProviderCheck(), "联系电话：0755-3394 2655").note()).endsWith(",contact");
        assertThat(Snippets.run(new ProviderCheck(), "或拨打我们的客服热线 400-0309-776 转隐私专员").note())
                .isEqualTo("no-name,no-address,contact");
        assertThat(Snippets.run(new ProviderCheck(), "本公司注册地址位于示例市示例区示例开发区服务中心-B1号。").note())
                .isEqualTo("no-name,address,no-contact");
        assertThat(Snippets.run(new ProviderCheck(), "如有疑问，您可以通过App的“客服”功能在线联系我们。").note())
                .isEqualTo("no-name,no-address,contact");
        assertThat(Snippets.run(new ProviderCheck(), "我们的客服人员会使用您的账号信息核验您的身份。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void measuresAgainstUsersAreNoProtectionOfTheirInformation() {
        assertThat(Snippets.run(new SecurityCheck(),
                "对违规用户，我们将予以警告、冻结账号、删除档案及采取其他技术措施防止其继续违规。").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SecurityCheck(), "我们会采取合理的安全措施保护您的个人信息。").status())
                .isEqualTo(Status.PARTLY);
    }

    @Test
    void sharingOnlyNamedAmongAllProcessingIsNotAddressed() {
        assertThat(Snippets.run(new SharingCheck(),
                "用户同意我们按照隐私政策收集、存储、使用、披露和保护用户个人信息。").status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SharingCheck(), "我们会与支付机构共享您的订单信息，以完成支付。").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void carriersBanksAndVoiceAreRecipientsAndKindsOfSharing() {
        assertThat(Snippets.run(new SharingCheck(), "我们会将您的手机号码共享给电信运营商，以实现通话。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new SharingCheck(), "我们需要把您的语音信息提供给合作方，才能完成语音识别。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new SharingCheck(), "我们会将您的订单信息与支付机构共享以确认您的支付指令。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new SharingCheck(), "我们可能会与合作方共享您的某些个人信息，以提供更好的服务。").status())
                .isEqualTo(Status.PARTLY);
        // an integrated SDK collects from the user itself: no sharing statement
        assertThat(Snippets.run(new SharingCheck(),
                "为保障安全的共享：我们可能会接入第三方服务商的SDK，用于收集设备信息。").status()).isEqualTo(Status.MISSING);
    }

    @Test
    void theAppsOwnNameAndLinksNameNoSdk() {
        assertThat(Snippets.run(new SdkListCheck(),
                "友盟隐私政策\n欢迎使用友盟。请阅读 https://example.com/sdk/list.html 了解详情。").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SdkListCheck(), "支付通过合作的第三方支付机构（微信支付等）完成。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void continuedUseTakenAsConsentIsUnfair() {
        assertThat(Snippets.run(new UnfairTermsCheck(), "当您继续使用本应用时，则表示您完全理解并同意本政策。").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new UnfairTermsCheck(), "使用前请您仔细阅读本政策，并在充分理解后作出选择。").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void aPolicyChangeNamedAmongExamplesOfNoticesIsNoUpdateNote() {
        PolicyCheckResult example = Snippets.run(new DatesCheck(),
                "我们会使用您的联系方式向您发送重要通知，如版本升级、本协议条款的变更。");
        assertThat(example.status()).isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new DatesCheck(), "如本政策发生变更，我们会以公告的形式通知您。").note())
                .isEqualTo("no-date,update-notes");
        assertThat(Snippets.run(new DatesCheck(), "本隐私条款可能变更，更新后我们会提醒您。").note())
                .isEqualTo("no-date,update-notes");
    }

    @Test
    void aBankIntroducedWithItsShortNameIsNamedButABrandIsNot() {
        assertThat(Snippets.run(new ProviderCheck(), "示例城市银行（www.example.cn）（以下简称“本行”）重视您的隐私。").note())
                .startsWith("name,");
        assertThat(Snippets.run(new ProviderCheck(), "本协议是您与示例公司（下称“示例”）之间的约定。").note())
                .startsWith("no-name,");
    }

    @Test
    void keepingDataConfidentialIsAPromiseButNotAsTheUsersDuty() {
        assertThat(Snippets.run(new SecurityCheck(), "本行会对其持有的客户数据保密。").status()).isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new SecurityCheck(), "您有责任对您的密码和账户信息保密。").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SecurityCheck(), "本软件含有受法律保护的专有保密资料。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void auditsOfUsersAndIsolatedBackupsAreNoNamedMeasures() {
        assertThat(Snippets.run(new SecurityCheck(),
                "为保障交易安全，我们可能使用或整合您的账户信息来综合判断交易风险，并采取必要的记录、审计、分析措施。").status())
                .isNotEqualTo(Status.MET);
        assertThat(Snippets.run(new SecurityCheck(),
                "删除后我们可能无法立即从备份系统中删除您的信息，我们会安全地存储并将其与进一步处理隔离。").status())
                .isNotEqualTo(Status.MET);
        assertThat(Snippets.run(new SecurityCheck(), "我们会对您的个人信息进行去标识化处理，以保护您的信息安全。").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void wordsHoldingASensitiveKindDefinitionsPermissionSwitchesAndTitlesDeclareNothing() {
        String styled = "**重要提示**\n";
        assertThat(Snippets.run(new SensitiveMarkingCheck(), styled + "我们会收集设备型号等软硬件特征信息。").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Snippets.run(new SensitiveMarkingCheck(), styled + "个人信息包括姓名、身份证件号码、银行账号。").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Snippets.run(new SensitiveMarkingCheck(), styled + "您可以在系统设置中关闭通讯录权限。").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Snippets.run(new SensitiveMarkingCheck(), styled + "我们遵守《示例用户真实身份信息登记规定》的要求。").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Snippets.run(new SensitiveMarkingCheck(), styled + "我们会收集您的面部特征信息用于刷脸登录。").status())
                .isEqualTo(Status.MISSING);
    }

    static Stream<Arguments> sharingCues() {
        return Stream.of(
                // disclosure worded with its object addresses sharing
                Arguments.of("用户完成注册即表明用户同意我们公开及使用其个人信息。", Status.PARTLY),
                // a public disclosure: the public is its recipient, its occasion its purpose
                Arguments.of("我们可能在抽奖活动中公开披露您的信息，如在公布获奖名单时展示获奖者的手机号。", Status.MET),
                // ...but not a promise to tell the purpose and kinds when it happens
                Arguments.of("我们不会公开披露您的信息，如必须公开披露时，我们会向您告知公开披露的目的、披露信息的类型及手机号等。",
                        Status.PARTLY),
                // a statement introducing the list of kinds it shares reads the list
                Arguments.of("为了向您推送广告，我们将收集您的以下信息，并仅在上述目的范围内分享给第三方广告平台：\n"
                        + "a) 设备信息：设备标识符。\nb) 位置信息。", Status.MET),
                // ...a denial introducing its exceptions does not: each exception is read on its own
                Arguments.of("除以下情形外，我们不会与第三方共享您的个人信息：\n1、获得您的明确同意。\n2、根据法律规定。\n"
                        + "3、为维护公共安全所必需，涉及您的手机号。", Status.PARTLY),
                // what a recipient provides to the provider, and kinds the provider says it does not disclose, are not shared
                Arguments.of("我们会与合作伙伴及服务供应商（例如为我们提供位置数据的地图服务商）共享您的个人信息，用于提供服务。",
                        Status.PARTLY),
                Arguments.of("为提供服务，我们会向第三方透露您的注册资料，但我们不会公开您的姓名、手机号等个人资料。", Status.PARTLY),
                // handing the user's information to a named recipient
                Arguments.of("我们会根据第三方的要求，向其提供用户的设备信息，以便第三方为用户提供服务。", Status.MET),
                Arguments.of("为实现这一功能，我们会将您的位置信息提供给前述服务提供商。", Status.MET),
                // the user providing information to us is no sharing
                Arguments.of("您需要向我们提供您的真实姓名和手机号，以便完成实名认证。", Status.MISSING));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("sharingCues")
    void sharing(String text, Status expected) {
        assertThat(Snippets.run(new SharingCheck(), text).status()).isEqualTo(expected);
    }

    static Stream<Arguments> sensitiveMarkingCues() {
        String styled = "**重要提示**\n";
        String collected = "\n我们会收集您的身份证号码用于实名认证。";
        return Stream.of(
                // a glossary of sensitive PI in general marks none of the items collected
                Arguments.of(styled + "个人敏感信息：指一旦泄露可能危害人身和财产安全的信息，包括身份证件号码、银行账号。" + collected,
                        Status.MISSING),
                Arguments.of(styled + "个人敏感信息包括身份证件号码、银行账号等。" + collected, Status.MISSING),
                // content the user must not post names no collected item
                Arguments.of(styled + "用户不得发布带有联系方式的银行卡代办信息。", Status.NOT_APPLICABLE),
                // identity data the user fills in for registration, and GPS positioning, are sensitive items
                Arguments.of(styled + "注册时您需要提交法律规定的实名信息。", Status.MISSING),
                Arguments.of(styled + "我们的应用会使用GPS定位权限。", Status.MISSING),
                // ...one that speaks of the policy's own items does
                Arguments.of(styled + "本政策中涉及的个人敏感信息包括身份证件号码。" + collected, Status.MET),
                // ...and covers the items declared elsewhere (by category: 财产信息 for a bank card)
                Arguments.of(styled + "本政策中涉及的个人敏感信息包括：身份证件号码、财产信息。\n我们会收集您的银行卡号用于支付。", Status.MET),
                // kinds "that may be regarded as sensitive", a glossary line "…：包括", the examples after a definition:
                // general, they mark nothing
                Arguments.of(styled + "某些信息因其特殊性可能被认为是敏感信息，例如您的健康和医疗信息。" + collected, Status.MISSING),
                Arguments.of(styled + "个人敏感信息：包括身份证件号码、银行账号。" + collected, Status.MISSING),
                Arguments.of(styled + "个人敏感信息是指一旦泄露可能危害人身和财产安全的个人信息，\n"
                        + "例如您的身份证件号码、银行账号。敏感信息会受到更严格的保护。" + collected,
                        Status.MISSING),
                // ...but set out in bold, such a definition points at the collected kinds it names
                Arguments.of("**某些信息可能被认为是敏感信息，包括您的身份证号码、银行账号。**" + collected
                        + "\n我们会收集您的通讯录用于添加好友。", Status.PARTLY),
                // a line broken inside the sentence that calls the items sensitive
                Arguments.of(styled + "参加活动时我们会使用的信息可能包括个人敏感信息（\n银行卡号），用于发放奖励。", Status.MET),
                // a wrapped line: the encryption example goes on on the next line
                Arguments.of(styled + "我们会采取一切合理可行的安全措施保护您提供的数据，例如在您的浏览器与我们的服务器之间交换数据（如信用卡信息）时受\n"
                        + "SSL加密保护。", Status.NOT_APPLICABLE),
                // identity documents named generically are identity items
                Arguments.of(styled + "为完成实名认证，我们会收集您的实名身份信息。", Status.MISSING),
                Arguments.of(styled + "您需要提交姓名和证件信息以完成认证。", Status.MISSING),
                // location without precision counts where the policy marks it, and only there
                Arguments.of("我们会收集您的**位置信息**以推荐附近门店。" + collected, Status.PARTLY),
                Arguments.of("我们会收集您的**位置信息**以推荐附近门店。", Status.MET),
                Arguments.of(styled + "我们会收集您的位置信息以推荐附近门店。", Status.NOT_APPLICABLE),
                // browsing records are a B.2 kind outside cookie text too; a bracketed definition declares nothing
                Arguments.of(styled + "日志信息包括您的搜索内容、浏览记录。", Status.MISSING),
                Arguments.of(styled + "个人上网记录（指通过日志存储的操作记录，包括浏览记录）。", Status.NOT_APPLICABLE));
    }

    static Stream<Arguments> datesAndSecurityCues() {
        return Stream.of(
                // a filled-in template's brackets around the numbers of a date
                Arguments.of(new DatesCheck(), "生效日期：2021年【3】月【1】日\n我们可能会适时修订本政策。", Status.MET),
                // the software's changes and "本协议" in different clauses are no note on how the document changes
                Arguments.of(new DatesCheck(), "如您不接受本软件的修改、升级，请停止使用，否则您的使用行为仍受本协议约束。", Status.MISSING),
                Arguments.of(new DatesCheck(), "我们可能会适时修订本政策，修订后的政策将在本页面公布。", Status.PARTLY),
                // the MAC address's Chinese name holds 访问控制; advice to the user; the exception for de-identified data
                Arguments.of(new SecurityCheck(), "我们会收集设备的媒体访问控制地址（MAC）用于识别设备。", Status.MISSING),
                Arguments.of(new SecurityCheck(), "通讯工具无法确定是否完全加密，我们建议您使用复杂密码，保护您的信息安全。", Status.MISSING),
                Arguments.of(new SecurityCheck(),
                        "共享经去标识化处理的个人信息，且确保接收方无法重新识别个人信息主体的，无需另行向您通知。", Status.MISSING),
                // an organisational measure named
                Arguments.of(new SecurityCheck(), "我们设有专门的信息安全团队，负责保护您的个人信息。", Status.MET),
                // what users must not do is no measure of the provider's
                Arguments.of(new SecurityCheck(), "利用技术手段批量注册虚假账号的；", Status.MISSING),
                // doing one's utmost to protect the information is a promise without named measures
                Arguments.of(new SecurityCheck(), "我们会尽最大的努力保护您的个人信息。", Status.PARTLY),
                // 6.2.1.e: a WeChat id offered for contact is a contact; a WeChat login is none
                Arguments.of(new ProviderCheck(), "如有疑问，您可以通过微信联系我们：example_team。", Status.PARTLY),
                Arguments.of(new ProviderCheck(), "您可以使用微信账号登录，登录方式：wechat_login。", Status.MISSING),
                // 6.2.1.m: not made public nor given to third parties except on legal grounds: generic exceptions
                Arguments.of(new ConsentExceptionsCheck(),
                        "我们保证不对外公开或向第三方提供用户的注册资料，但下列情况除外：\n1. 根据有关的法律法规要求；\n2. 按照政府主管部门的要求。",
                        Status.PARTLY),
                // 6.2.1.h: the user applying to the provider requests no permission; an enumeration of what is
                // collected ("这些信息包括…等") describes collection
                Arguments.of(new ProcessingDetailCheck(), "如您是未成年人，请发送邮件至示例邮箱提出申请，说明您的账号。", Status.MISSING),
                Arguments.of(new ProcessingDetailCheck(), "为履行本协议，我们会收集您的用户信息，这些信息包括您填写的内容和游戏数据等。",
                        Status.PARTLY),
                // 7.1.d: a storage verb with its duration is a period; deletion when it expires (到期) follows it
                Arguments.of(new StorageCheck(), "请求日志保留三年，到期后系统将自动删除。", Status.PARTLY),
                // kept while the service is used is a period (the round-eight reading); device storage keeps nothing
                Arguments.of(new StorageCheck(), "我们会在您使用期间保存相关记录。", Status.PARTLY),
                Arguments.of(new StorageCheck(), "在您使用期间，推送服务需要获取存储权限。", Status.MISSING),
                // a heading or a factor in a list states no period; a period set by regulation is one
                Arguments.of(new StorageCheck(), "（二）保存期限", Status.MISSING),
                Arguments.of(new StorageCheck(), "3. 是否存在保留期限的其他特别约定。", Status.MISSING),
                Arguments.of(new StorageCheck(), "我们将按照监管规定的具体要求保存您的资料。", Status.PARTLY),
                // the user deleting, or the provider deleting at the user's request, is no handling after the period
                Arguments.of(new StorageCheck(), "注销账号前，您需自行删除账号内的数据。", Status.MISSING),
                Arguments.of(new StorageCheck(), "注销账号之后，我们将依据您的要求，删除您的资料。", Status.MISSING),
                // deletion at a duration's end states the period and the handling
                Arguments.of(new StorageCheck(), "日志在三十天后自动删除。", Status.PARTLY),
                // deletion when operations end is handling, in the sentence or in the list it introduces
                Arguments.of(new StorageCheck(), "如我们停止运营，我们将删除您的个人信息。", Status.PARTLY),
                Arguments.of(new StorageCheck(), "产品停止运营时，我们将做如下处理：\n（1）通知用户；\n（2）对所持有的资料进行格式化处理。",
                        Status.PARTLY),
                // a period named by its measure is a retention period only where the data are kept
                Arguments.of(new StorageCheck(), "我们不会将您的资料保管超过合理的期限。", Status.PARTLY),
                Arguments.of(new StorageCheck(), "发生故障时，我们会在最短时间内完成修复。", Status.MISSING),
                // deletion once the data are no longer needed follows a kept-as-long-as-needed period
                Arguments.of(new StorageCheck(), "当不再需要这些资料时，我们会将其删除。", Status.PARTLY));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @MethodSource("datesAndSecurityCues")
    void datesAndSecurity(PolicyCheck check, String text, Status expected) {
        assertThat(Snippets.run(check, text).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("sensitiveMarkingCues")
    void sensitiveMarking(String text, Status expected) {
        assertThat(Snippets.run(new SensitiveMarkingCheck(), text).status()).isEqualTo(expected);
    }

    @Test
    void aKindMarkedWhereItIsDeclaredNeedsNoMarkWhenRepeated() {
        PolicyCheckResult r = Snippets.run(new SensitiveMarkingCheck(),
                "我们会收集您的**身份证号码**用于实名认证。\n在法律要求时，我们会向有权机关提供您的身份证号码。");
        assertThat(r.status()).isEqualTo(Status.MET);
        PolicyCheckResult other = Snippets.run(new SensitiveMarkingCheck(),
                "我们会收集您的**身份证号码**用于实名认证。\n我们会收集您的银行卡号用于支付。");
        assertThat(other.status()).isEqualTo(Status.PARTLY);
    }

    @Test
    void transactionDetailsCreditAndRealIdentityAreSensitive() {
        String styled = "**重要提示**\n";
        assertThat(Snippets.run(new SensitiveMarkingCheck(), styled + "支付完成后我们会记录订单号和交易金额。").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SensitiveMarkingCheck(), styled + "为评估风险，我们会收集您的信用评价信息。").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new SensitiveMarkingCheck(), "注册时，您需要提供**真实身份信息**完成认证。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new SensitiveMarkingCheck(), styled + "我们会获取您的实时地理位置用于导航。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void theUsersDutyToGiveTrueDataDescribesNoProcessing() {
        assertThat(Snippets.run(new ProcessingDetailCheck(), "使用本服务前，您同意填写真实、准确的手机号和邮箱。").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new ProcessingDetailCheck(), "为完成注册，我们会收集您真实的手机号。").status())
                .isNotEqualTo(Status.MISSING);
    }

    @Test
    void listsClosedByDengBeforeTheirNounAreOpenButTheAnaphorIsNot() {
        String retention = "我们仅在所需期限内保留您的信息。";
        PolicyCheckResult open = Snippets.run(new ProcessingDetailCheck(),
                "为了注册，我们会收集您的手机号码、昵称等相关信息。" + retention);
        assertThat(open.note()).isEqualTo("vague-lists:1");
        assertThat(Snippets.run(new ProcessingDetailCheck(),
                "为了注册，我们会收集您的手机号码，该等信息仅用于注册。" + retention).status()).isEqualTo(Status.MET);
    }

    @Test
    void everyCollectionStatementNeedsAPurposeNearIt() {
        PolicyCheckResult r = Snippets.run(new ProcessingDetailCheck(),
                "我们会收集您的手机号码。\n您可以随时联系我们。\n我们会收集您的设备型号，用于适配屏幕。我们仅在所需期限内保留您的信息。");
        assertThat(r.status()).isEqualTo(Status.PARTLY);
        assertThat(r.note()).isEqualTo("no-purpose:1,");
        assertThat(Snippets.quoted(r)).isEqualTo("我们会收集您的手机号码。");
    }
}
