using Collaboration.Forums.Text;
using Collaboration.Forums.Validation;
using Collaboration.Web.Api;
using Collaboration.Web.Localization;

namespace Collaboration.Web.Tests.Api;

/// <summary>Every refusal the domain can return has its sentence in German and in English, and a deliberate status.</summary>
public sealed class WebTextTests
{
    public static TheoryData<RejectionCode> Codes => [.. Enum.GetValues<RejectionCode>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_rejection_has_a_German_and_an_English_sentence(RejectionCode code)
    {
        Assert.True(WebText.Has("Rejection." + code, Language.De), $"Rejection.{code} has no German text");
        Assert.True(WebText.Has("Rejection." + code, Language.En), $"Rejection.{code} has no English text");
        Assert.NotEqual(WebText.For(Language.De)["Rejection." + code], WebText.For(Language.En)["Rejection." + code]);
    }

    [Fact]
    public void A_limit_is_answered_429_with_the_minutes_to_wait()
    {
        var rejection = new Rejection(RejectionCode.TooManyRequests, 3);

        Assert.Equal(429, RejectionStatus.Of(rejection.Code));
        Assert.Equal(TimeSpan.FromMinutes(3), RejectionStatus.RetryAfter(rejection));
        Assert.Equal(403, RejectionStatus.Of(RejectionCode.NotThisChatsSeries));
        Assert.Equal(409, RejectionStatus.Of(RejectionCode.ItemNotOpen));
    }
}
