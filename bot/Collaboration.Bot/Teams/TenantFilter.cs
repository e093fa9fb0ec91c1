using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Collaboration.Bot.Teams;

/// <summary>
/// Turns away activities from tenants outside <see cref="BotOptions.TenantAllowList"/> before any handler runs, so they
/// store nothing. The list is empty only in an unauthenticated Development run (see BotAuthenticationValidation).
/// </summary>
internal sealed class TenantFilter(IOptions<BotOptions> options, ILogger<TenantFilter> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var allowed = options.Value.TenantAllowList();
        var tenantId = TurnChannelData.Of(turnContext.Activity)?.Tenant?.Id ?? turnContext.Activity.Conversation?.TenantId;
        if (allowed.Count == 0 || (tenantId is not null && allowed.Contains(tenantId, StringComparer.OrdinalIgnoreCase)))
        {
            await next(cancellationToken);
            return;
        }

        Log.TenantRefused(logger, tenantId ?? "(none)");
        var text = BotText.For(BotText.LanguageOf(turnContext.Activity.Locale));
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(CardActivities.Message(NoticeCards.Info(text, text["Tenant.Refused"])), cancellationToken);
        }
        else if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypesEx.InvokeResponse, Value = new InvokeResponse { Status = 403 } }, cancellationToken);
        }
    }
}
