package org.mingcha.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;

/** Cues of the user operations (6.2.1.l.1–l.6) and of the response promise (l.8), on sentences written for the test. */
class UserRequestCuesTest {

    static Stream<Arguments> operationCues() {
        return Stream.of(
                // a denied operation is not offered; a denial inside a condition still names the user's operation
                Arguments.of(new CorrectionOperationCheck(), "你可以设置一次用户名，设置后将无法修改该信息。", Status.MISSING),
                Arguments.of(new CorrectionOperationCheck(), "您的信息不可更改。", Status.MISSING),
                Arguments.of(new DeletionOperationCheck(), "如您无法自行删除您的个人信息，请发送邮件至privacy@example.com。",
                        Status.MET),
                // the ability belongs to the provider named just before it
                Arguments.of(new DeletionOperationCheck(), "您同意并接受本公司有权对您的账号信息进行审查，包括删除信息。",
                        Status.MISSING),
                Arguments.of(new DeletionOperationCheck(), "您使用第三方账号登录后也可以删除您的浏览记录。", Status.PARTLY),
                // bearing a loss, or another party's own discretion, is not the user acting
                Arguments.of(new DeletionOperationCheck(), "因您自身原因导致的数据删除失败，责任由您自行承担。", Status.MISSING),
                Arguments.of(new DeletionOperationCheck(), "您同意我们基于其自行之考虑删除您上传的内容。", Status.MISSING),
                Arguments.of(new DeletionOperationCheck(), "如不希望继续展示，请您自行删除上传的内容。", Status.PARTLY),
                // the provider deleting after cancellation is its own act, unless on the user's request
                Arguments.of(new DeletionOperationCheck(), "在您注销账号之后，我们将根据法律要求删除您的个人信息。", Status.MISSING),
                Arguments.of(new DeletionOperationCheck(), "在您注销账号之后，我们将依据您的要求删除您的个人信息。", Status.PARTLY),
                // an app's permission to read and modify storage is not the user's correction or deletion
                Arguments.of(new CorrectionOperationCheck(), "3. 读取、修改存储设备的内容", Status.MISSING),
                Arguments.of(new DeletionOperationCheck(), "读取、删除手机日历信息", Status.MISSING),
                // a customer (客户) is the user
                Arguments.of(new CorrectionOperationCheck(), "客户可以在“我的-设置”中修改个人信息。", Status.MET),
                // a telephone listed among the kinds of PI is no channel; phone banking is one
                Arguments.of(new CorrectionOperationCheck(), "您可以修改个人信息，如昵称、电话、生日等。", Status.PARTLY),
                Arguments.of(new CorrectionOperationCheck(), "您可以通过手机银行、电话银行等渠道更正您的个人信息。", Status.MET),
                // the user's subject carried over a comma; a wish (想) and a login instruction are offers
                Arguments.of(new DeletionOperationCheck(), "当您发现我们违反约定处理信息的，有权要求我们删除，途径为联系在线客服。",
                        Status.MET),
                Arguments.of(new CorrectionOperationCheck(), "如您想修改您的部分信息，请登录账号中心进行操作。", Status.MET),
                Arguments.of(new DeletionOperationCheck(), "如您违反本协议，我们将暂停服务，可以删除您的信息。", Status.MISSING),
                Arguments.of(new CorrectionOperationCheck(), "为了向您提供服务，需要收集您的资料，我们可以修改推荐内容。",
                        Status.MISSING),
                // contact details offered for questions about the right are no channel for exercising it
                Arguments.of(new DeletionOperationCheck(),
                        "如果您对删除您的个人信息有任何疑问，您可以通过本政策载明的联系方式与我们联系。", Status.PARTLY),
                Arguments.of(new DeletionOperationCheck(), "如您对删除有疑问，您可以通过privacy@example.com联系我们删除您的个人信息。",
                        Status.MET),
                Arguments.of(new QueryOperationCheck(), "如您对查询您的个人信息有任何疑问，请联系我们。", Status.PARTLY),
                // an operation named only in an "unless" clause is presupposed; the way there is the other operation's
                Arguments.of(new DeletionOperationCheck(),
                        "除非您删除或撤回同意（即通过系统设置拒绝我们的收集），您提供的信息将持续授权我们使用。", Status.PARTLY),
                Arguments.of(new DeletionOperationCheck(), "您可以通过系统设置删除您的个人信息。", Status.MET),
                // contacting us "following the guidance" names no channel
                Arguments.of(new CorrectionOperationCheck(), "您可以修改您的个人信息，也可按照相关指引与我们联系。", Status.PARTLY),
                Arguments.of(new CorrectionOperationCheck(), "您可以修改您的个人信息，也可与我们联系。", Status.MET),
                // the 能 of 功能 is not the user's ability; kinds of PI named after the act are not the user querying
                Arguments.of(new QueryOperationCheck(), "用户使用搜索功能时，我们会记录您查询的个人信息。", Status.MISSING),
                Arguments.of(new QueryOperationCheck(), "您可以选择是否提供浏览历史等个人信息。", Status.MISSING),
                Arguments.of(new QueryOperationCheck(), "您可以在“我的-浏览记录”中查看您的浏览记录。", Status.MET),
                // licensing content to the provider or others, disclosure and unauthorised changes are not corrections
                Arguments.of(new CorrectionOperationCheck(), "用户有权且同意授予平台修改、传播其上传的信息的权利。", Status.MISSING),
                Arguments.of(new CorrectionOperationCheck(), "平台可自行选择将上述信息授权给合作方编辑后使用。", Status.MISSING),
                Arguments.of(new CorrectionOperationCheck(), "其他需要公开、编辑或透露个人信息的情况。", Status.MISSING),
                Arguments.of(new CorrectionOperationCheck(), "防止用户资料遭到未授权的使用或修改。", Status.MISSING),
                // asking the provider to stop using one's PI for a purpose withdraws consent; stopping the service does not
                Arguments.of(new ConsentWithdrawalCheck(),
                        "如您不希望我们将您的个人信息用于广告，您可以按照广告中的提示要求我们停止为上述用途使用您的个人信息。",
                        Status.PARTLY),
                Arguments.of(new ConsentWithdrawalCheck(), "您可以随时停止使用我们的服务。", Status.MISSING),
                Arguments.of(new ConsentWithdrawalCheck(), "账号注销后，我们将停止使用您的个人信息。", Status.MISSING),
                // applying at a branch counter is a way
                Arguments.of(new AccountCancellationCheck(), "您可以通过临柜申请办理注销账户。", Status.MET),
                // closing or deleting the account is cancelling it; its contents are not the account, and the provider
                // closing it is its own act
                Arguments.of(new AccountCancellationCheck(), "如您希望关闭您的账户，您可以在“设置-账号与安全”中操作。",
                        Status.MET),
                Arguments.of(new AccountCancellationCheck(), "您可以删除账号中的聊天记录。", Status.MISSING),
                Arguments.of(new AccountCancellationCheck(), "如您违反本协议，我们有权关闭您的账户。", Status.MISSING),
                // keeping data while the user has not cancelled presupposes the user cancelling
                Arguments.of(new AccountCancellationCheck(), "在您未删除内容或未注销账号期间，我们会保留您的信息。", Status.PARTLY),
                // a pointer to the ways the policy gives is a channel, not the policy as the object of the operation
                Arguments.of(new CorrectionOperationCheck(), "如您需要更正您的个人信息，请通过本隐私政策中提供的联系方式联系我们。",
                        Status.MET),
                Arguments.of(new QueryOperationCheck(), "您可以查阅您的个人信息，也可按照本政策说明的方式与我们联系。", Status.MET),
                Arguments.of(new QueryOperationCheck(), "您可以随时在本页面查阅本隐私政策的最新版本。", Status.MISSING),
                // permission (许可) is not the user's ability; viewing others' content is not querying one's own PI
                Arguments.of(new QueryOperationCheck(), "未经您的许可，第三方不得访问您的个人信息。", Status.MISSING),
                Arguments.of(new QueryOperationCheck(), "用户可以联网浏览他人的分享记录。", Status.MISSING),
                // an official website where the user logs in is a place to query, not a website visited
                Arguments.of(new QueryOperationCheck(), "您可通过本公司官方网站登录账户，在“我的-设置”中查阅您的账户信息。",
                        Status.MET),
                Arguments.of(new QueryOperationCheck(), "您可以访问我们的网站了解更多个人信息保护的内容。", Status.MISSING),
                // the user's need carried over the comma: a correction offered without a way
                Arguments.of(new CorrectionOperationCheck(), "用户注册成为会员后， 需要修改所提供的个人资料的，运营方应当为其提供该项服务。",
                        Status.PARTLY),
                // a limit over 15 working days lowers the operation only when it binds the only way explained
                Arguments.of(new DeletionOperationCheck(),
                        "您可以发送邮件至privacy@example.com申请删除您的个人信息，我们将在30个工作日内处理。", Status.PARTLY),
                Arguments.of(new DeletionOperationCheck(),
                        "您可以发送邮件至privacy@example.com申请删除您的个人信息，我们将在30个工作日内处理。\n此外，账号安全很重要。"
                                + "\n请妥善保管密码。\n您也可以在“设置-账号”中自行删除您的个人信息。", Status.MET),
                // the user's ability in a list's introduction carries to its items, not to an item opened by another
                // actor nor to a list of circumstances
                Arguments.of(new QueryOperationCheck(), "任何个人有权：\ni.查阅其个人数据；\nii.要求我们说明处理规则。", Status.PARTLY),
                Arguments.of(new CorrectionOperationCheck(), "任何个人有权：\ni.要求我们改正不准确的资料；", Status.PARTLY),
                Arguments.of(new AccountCancellationCheck(), "用户可以通过：\n（1）“我的”页面注销账号；", Status.MET),
                Arguments.of(new DeletionOperationCheck(), "您有权：\n（1）我们将删除违规信息；", Status.MISSING),
                Arguments.of(new AccountCancellationCheck(),
                        "在以下情形中，您可以要求我们删除个人信息：\n（1）您注销了账号，或在“设置”中关闭了服务；", Status.PARTLY),
                // a section on deletion that speaks only of the provider deleting offers nothing
                Arguments.of(new DeletionOperationCheck(), "三、删除数据\n服务结束后，我们会删除相关数据。", Status.MISSING),
                // the user's duty to keep data up to date is no offered correction
                Arguments.of(new CorrectionOperationCheck(), "如您的资料有变动，您应及时更新。", Status.MISSING),
                Arguments.of(new CorrectionOperationCheck(), "您有权要求我们改正不准确的个人信息，请发送邮件至privacy@example.com。",
                        Status.MET),
                // calling a hotline, as the clause after the user's condition, is a way
                Arguments.of(new ConsentWithdrawalCheck(), "如您不同意上述授权，可致电客服热线取消授权。", Status.MET),
                // cancelling collection in the settings withdraws consent; cancelling as one of the provider's sanctions
                // does not, nor do settings of what other users may find
                Arguments.of(new ConsentWithdrawalCheck(), "您可以在设置中取消我们收集您的位置信息。", Status.MET),
                Arguments.of(new ConsentWithdrawalCheck(), "违规账号我们有权做出删除、取消、清零等处理，后果由用户自行承担。",
                        Status.MISSING),
                Arguments.of(new ConsentWithdrawalCheck(), "您可以关闭隐私权限，决定是否可被其他用户搜索到。", Status.MISSING),
                // visiting a page to modify, or access data as a kind of PI, is not querying
                Arguments.of(new QueryOperationCheck(), "您可以通过访问个人中心页面修改您的资料。", Status.MISSING),
                Arguments.of(new QueryOperationCheck(), "如您希望删除您的访问数据，请联系我们。", Status.MISSING),
                Arguments.of(new QueryOperationCheck(), "数据主体有权查询其个人数据，请发送邮件至privacy@example.com。", Status.MET),
                // handing over the original registration data is a copy
                Arguments.of(new CopyOperationCheck(), "用户维护其权益时，运营方应当为用户提供原始注册信息等必要的协助。",
                        Status.PARTLY),
                // a pointer to where the way is described, a "need to contact" in brackets
                Arguments.of(new AccountCancellationCheck(), "账号注销方式参见App设置中的《注销说明》。", Status.MET),
                Arguments.of(new AccountCancellationCheck(), "注销账号时，我们将删除上述信息（注销账号需联系客服人员）。",
                        Status.MET),
                // a heading naming the right, with the user's way in its body
                Arguments.of(new AccountCancellationCheck(), "五、注销权\n您可以联系客服，由人工受理。", Status.MET),
                Arguments.of(new ConsentWithdrawalCheck(), "四、撤销权\n您可以随时退订营销短信。", Status.MISSING),
                // a duty anywhere before the operation in its clause, or in the clause a 并 continues, is no offer; an
                // ability after the duty still is
                Arguments.of(new CorrectionOperationCheck(), "用户须对所提供资料的真实性负责，并及时更新个人资料。", Status.MISSING),
                Arguments.of(new CorrectionOperationCheck(), "资料如有变化，您有义务在设置页面自行修改个人资料。", Status.MISSING),
                Arguments.of(new CorrectionOperationCheck(), "用户必须登录后才可以在设置页面修改个人资料。", Status.MET),
                // the provider promptly serving an operation the user needs is a response without a limit; the user's
                // own duty to act promptly, or a refusal to act at once, is none
                Arguments.of(new RequestResponseCheck(), "用户注册后需要修改个人资料的，运营方应当及时为其办理。", Status.PARTLY),
                Arguments.of(new RequestResponseCheck(), "如法规要求更正您的信息，您应及时自行更正。", Status.MISSING),
                Arguments.of(new RequestResponseCheck(), "若用户申请注销账号且账户有余额，我们不会立即办理，而是提示用户。",
                        Status.MISSING),
                // the user as the subject of the operation presupposes it (offered), but a way nearby is not its own
                Arguments.of(new CorrectionOperationCheck(), "在您更正资料之前，我们会先核验您的身份。", Status.PARTLY),
                Arguments.of(new CorrectionOperationCheck(), "在您修改个人信息前，我们会核验身份，客服电话为400-000-0000。",
                        Status.PARTLY),
                Arguments.of(new ConsentWithdrawalCheck(), "当您收回同意以后，我们不会再处理这部分信息。", Status.PARTLY),
                // visiting a site is not querying one's PI, so the query check takes no subject-as-agent reading
                Arguments.of(new QueryOperationCheck(), "在您访问我们的应用时，我们会记录您的个人信息。", Status.MISSING),
                // the provider helping the user to act offers the operation; a request to get in touch is an instruction
                Arguments.of(new CorrectionOperationCheck(), "我们会协助您更正账户信息。", Status.PARTLY),
                Arguments.of(new CorrectionOperationCheck(), "如需更正其他个人信息，请随时联系我们的客服。", Status.MET),
                // preventing the provider from obtaining one's PI by switching off features withdraws consent; stopping
                // a site's cookies, or the provider stopping someone using its service, does not
                Arguments.of(new ConsentWithdrawalCheck(), "你可以关闭部分功能，阻止我们继续获取你的个人信息。", Status.MET),
                Arguments.of(new ConsentWithdrawalCheck(), "你可以在浏览器里设置阻止网站使用cookie功能。", Status.MISSING),
                Arguments.of(new ConsentWithdrawalCheck(), "如用户违规，我们有权阻止其使用本产品的服务。", Status.MISSING),
                // browsing is reading content or the browsing records collected; browsing one's own data is querying it
                Arguments.of(new QueryOperationCheck(), "我们会收集您的浏览记录，您可以随时清除浏览过的内容。", Status.MISSING),
                Arguments.of(new QueryOperationCheck(), "您可以随时浏览自己填写的资料。", Status.PARTLY),
                Arguments.of(new QueryOperationCheck(), "其他用户可以浏览您公开的资料。", Status.MISSING),
                // staff allowed to access the data is access control
                Arguments.of(new QueryOperationCheck(), "我们只允许必要的员工访问您的个人信息。", Status.MISSING),
                // changing a setting is not correcting one's PI
                Arguments.of(new CorrectionOperationCheck(), "禁用后您每次登录都要亲自更改用户设置，已记录的相应信息也会清空。",
                        Status.MISSING),
                // a named page is a way
                Arguments.of(new QueryOperationCheck(), "您可以在个人资料页查询您提交的信息。", Status.MET),
                // a reply answers what the user raised, within a reasonable time: a promise without a limit
                Arguments.of(new RequestResponseCheck(), "双方如有争议，应友好协商，我们会在合理时间内回复。", Status.PARTLY),
                // handling after receipt, or what the user raised being handled, is a promise
                Arguments.of(new RequestResponseCheck(), "平台收到您的申请后，将依照流程（必要时核验身份）予以处理。", Status.PARTLY),
                Arguments.of(new RequestResponseCheck(), "我们设有投诉渠道，您的意见会得到及时的处理。", Status.PARTLY),
                Arguments.of(new RequestResponseCheck(), "操作异常的账号可能被暂停服务，直到问题得到解决。", Status.MISSING),
                // handling within a limit is a response; handling one's PI is processing, not a response
                Arguments.of(new RequestResponseCheck(), "您可以在设置中申请注销，我们会在十个工作日内进行处理。", Status.MET),
                Arguments.of(new RequestResponseCheck(), "如有投诉，我们将在一年内处理您的个人信息。", Status.MISSING),
                // a response named in a purpose clause is a reason to keep records, not a promise
                Arguments.of(new RequestResponseCheck(), "为便于尽快帮助您解决问题，我们可能会保存您与客服的通话记录。",
                        Status.MISSING),
                Arguments.of(new RequestResponseCheck(), "(3)为方便及时回复您的疑问，我们会保存您的联系邮箱。", Status.MISSING),
                // refusing requests of the data subject presupposes handling the others (the labels' reading)
                Arguments.of(new RequestResponseCheck(), "以下情形下，响应个人信息主体的请求将损害他人的合法权益。", Status.PARTLY));
    }

    @Test
    void aTimeLimitOrHandlingRequestsForAnOperationIsAResponse() {
        assertThat(Snippets.run(new RequestResponseCheck(),
                "您可以发送邮件提出请求，我们会积极查证，并在核实后于15个工作日内完成处理。").status()).isEqualTo(Status.MET);
        assertThat(Snippets.run(new RequestResponseCheck(),
                "如有投诉请联系客服，验证通过后将在三个工作日内处理完成。").status()).isEqualTo(Status.MET);
        assertThat(Snippets.run(new RequestResponseCheck(), "我们有权就处理任何查阅数据的要求收取合理费用。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new RequestResponseCheck(), "我们将遵守法律对处理个人信息的要求。").status())
                .isEqualTo(Status.MISSING);
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("operationCues")
    void operationCues(PolicyCheck check, String text, Status expected) {
        assertThat(Snippets.run(check, text).status()).isEqualTo(expected);
    }

    @Test
    void aWordHoldingAResponseVerbIsNoPromise() {
        assertThat(Snippets.run(new RequestResponseCheck(), "拒绝授权将影响应用的使用，如有问题请联系我们。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void actingOnceTheRequestIsReceivedIsAPromise() {
        PolicyCheckResult r = Snippets.run(new RequestResponseCheck(),
                "如您希望我们停止展示您的资料，请发送申请。我们将在收到您的申请后的合理期限内停止展示。");
        assertThat(r.status()).isEqualTo(Status.PARTLY);
        assertThat(r.note()).isEqualTo("no-time-limit");
    }

    @Test
    void theRequestMayBeNamedAFewSentencesBeforeThePromise() {
        PolicyCheckResult r = Snippets.run(new RequestResponseCheck(),
                "如您对本政策有任何疑问，请联系我们。\n邮箱：privacy@example.com\n电话：010-12345678\n我们将在十五日内给予反馈。");
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(Snippets.quoted(r)).contains("十五日");
    }

    @Test
    void actingPromptlyOnWhatTheUserRaisedOrOnAnApprovedRequestIsAPromise() {
        assertThat(Snippets.run(new RequestResponseCheck(), "如有意见，欢迎反馈给我们，我们将尽快改进您所提出的建议。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new RequestResponseCheck(), "您可以联系客服申请注销，注销申请审核通过后，我们会及时注销您的账号。")
                .status()).isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new RequestResponseCheck(), "如您对信息处理有疑问，请拨打客服电话，我们将及时核实处理。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new RequestResponseCheck(), "发生安全事件后，我们将及时告知您，如有问题请联系我们。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void makingADecisionOnTheRequestWithinTheLimitIsAResponse() {
        PolicyCheckResult r = Snippets.run(new RequestResponseCheck(),
                "您可以通过客服提交投诉申请。\n我们将在10个工作日内做出处理。");
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(Snippets.quoted(r)).contains("10个工作日");
    }

    @Test
    void speakingOfHandlingTheUsersRequestAddressesIt() {
        assertThat(Snippets.run(new RequestResponseCheck(), "如我们决定响应您的删除请求，我们还将通知相关第三方。").status())
                .isEqualTo(Status.PARTLY);
    }

    @Test
    void aLimitLeftInTemplateBracketsCounts() {
        PolicyCheckResult r = Snippets.run(new RequestResponseCheck(),
                "如有意见，您可随时联系我们，我们会在收到您的邮件的【15】天内进行回复。");
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(Snippets.quoted(r)).contains("15】天");
    }

    @Test
    void handlingReportsOfUnlawfulContentIsNoResponseToARightsRequest() {
        assertThat(Snippets.run(new RequestResponseCheck(), "对于违法行为的举报，我们会及时处理。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void theProvidersOwnDeadlineIsNoLimitOnTheUsersRequest() {
        PolicyCheckResult r = Snippets.run(new AccountCancellationCheck(),
                "公司有权注销违规账号，并在60天内清除其数据。\n本条适用于全部产品。\n违规情形见社区规范。\n"
                        + "您可以通过客服电话注销账号。");
        assertThat(r.status()).isEqualTo(Status.MET);
    }

    @Test
    void aHeadingListingTheUsersRightsOffersDeletion() {
        assertThat(Snippets.run(new DeletionOperationCheck(), "（一）访问、更新和删除\n您可以查看您的资料。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new DeletionOperationCheck(), "（一）访问和更新\n您可以查看您的资料。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void theWayUnderTheNextNumberedHeadingBelongsToAnotherOperation() {
        assertThat(Snippets.run(new DeletionOperationCheck(),
                "为了便于您删除您的个人信息，我们提供了以下指引。\n1、访问个人信息\n点击“我的”即可查看。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new DeletionOperationCheck(), "您可以删除您的个人信息，我们设置了专门的渠道。").status())
                .isEqualTo(Status.PARTLY);
    }

    @Test
    void theUserCancellingNeedsNoAccountWord() {
        assertThat(Snippets.run(new AccountCancellationCheck(), "在您注销服务时，我们将停止收集您的个人信息。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new AccountCancellationCheck(), "你不再使用我们的服务，选择注销账号。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new AccountCancellationCheck(), "公司营业执照注销后本协议终止。").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void aNamedNoticeOrABranchIsAWayToCancel() {
        assertThat(Snippets.run(new AccountCancellationCheck(), "您随时可注销此前注册的账户，详见《注销须知》。").status())
                .isEqualTo(Status.MET);
        assertThat(Snippets.run(new AccountCancellationCheck(), "您随时可注销此前注册的账户。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new AccountCancellationCheck(), "您可通过营业网点注销您的手机银行账户。").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void askingToStopProcessingOrChangingAPermissionWithdrawsConsent() {
        assertThat(Snippets.run(new ConsentWithdrawalCheck(),
                "如果您希望我们停止向第三方共享您的信息，请发送邮件至privacy@example.com。").status()).isEqualTo(Status.MET);
        assertThat(Snippets.run(new ConsentWithdrawalCheck(), "监护人有权拒绝我们进一步收集其子女的个人信息。").status())
                .isEqualTo(Status.PARTLY);
        assertThat(Snippets.run(new ConsentWithdrawalCheck(), "如您想更改相关权限的授权，您可以在系统设置中操作。").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void theProviderStoppingOrARevocableLicenceIsNoWithdrawal() {
        assertThat(Snippets.run(new ConsentWithdrawalCheck(), "本协议终止后，我们将停止收集您的个人信息。").status())
                .isEqualTo(Status.MISSING);
        assertThat(Snippets.run(new ConsentWithdrawalCheck(), "许可方授予用户可撤销的、非专有的使用许可。").status())
                .isEqualTo(Status.MISSING);
    }
}
