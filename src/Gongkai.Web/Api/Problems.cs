using Gongkai.Core;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Api;

/// <summary>ProblemDetails with stable types and Chinese titles.</summary>
public static class Problems
{
    public const string ValidationType = "https://gongkai.example/problems/validation";
    public const string NotFoundType = "https://gongkai.example/problems/not-found";
    public const string RefusedType = "https://gongkai.example/problems/step-refused";

    public static ProblemDetails NotFound(string title) => new() { Type = NotFoundType, Title = title, Status = StatusCodes.Status404NotFound };

    public static ProblemDetails Refused(Refusal refusal) => new() { Type = RefusedType, Title = "该步骤现在不能办理。", Detail = refusal.Message, Status = StatusCodes.Status409Conflict };
}
