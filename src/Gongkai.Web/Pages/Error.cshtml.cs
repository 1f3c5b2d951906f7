using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Gongkai.Web.Security;

namespace Gongkai.Web.Pages;

/// <summary>The friendly error page: never a stack trace; the exception is logged (in English).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string Heading { get; private set; } = "出错了";

    public string Message { get; private set; } = "系统暂时无法处理您的请求，请稍后再试。";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            logger.LogError(failure.Error, "Unhandled exception on {Path}", failure.Path);
        }

        (Heading, Message) = code switch
        {
            404 => ("页面不存在", "您要访问的页面不存在，或不在您的办理范围内。"),
            403 => ("没有权限", "您没有权限访问该页面。"),
            400 => ("请求无效", "请求无效或已过期，请返回后刷新页面重试。"),
            429 => ("操作过于频繁", AbuseLimits.Message(int.TryParse(Response.Headers.RetryAfter, out var seconds) ? seconds : 60)),
            _ => (Heading, Message),
        };
    }
}
