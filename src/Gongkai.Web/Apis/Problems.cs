// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Reports;
using Gongkai.Formats;
using Gongkai.Formats.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Apis;

/// <summary>RFC 9457 problem details in Chinese: the titles of the statuses, and the statuses of import failures.</summary>
internal static class Problems
{
    /// <summary>Gives every problem a Chinese title for its status (also those the framework writes: 401, 403, 404 …).</summary>
    /// <param name="context">The problem being written.</param>
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (Title(status) is { } title && (problem.Title is null || IsEnglishDefault(problem.Title)))
        {
            problem.Title = title;
        }

        problem.Detail ??= status switch
        {
            401 => "请求没有有效的 API 令牌：请在请求头中提供「Authorization: Bearer 令牌」。令牌在网页「API 令牌」中创建。",
            403 => "您的账号无权进行此操作。",
            404 => "没有找到请求的资源。",
            405 => "该地址不支持此请求方法。",
            _ => null,
        };
    }

    /// <summary>Creates a problem result.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="detail">The Chinese detail.</param>
    /// <returns>The result.</returns>
    public static ProblemHttpResult Of(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status, title: Title(status));

    /// <summary>Gets the HTTP status of a failed import.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The status.</returns>
    public static int StatusOf(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            ImportStatus.Stored => StatusCodes.Status201Created,
            ImportStatus.Forbidden => StatusCodes.Status403Forbidden,
            ImportStatus.Conflict or ImportStatus.UnitAmbiguous => StatusCodes.Status409Conflict,
            ImportStatus.Unreadable => StatusOf(result.ErrorKind),
            _ => StatusCodes.Status422UnprocessableEntity,
        };
    }

    /// <summary>Gets the HTTP status of a read error's kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>404 (not found), 413 (too large), 415 (damaged: not the format its content claims), 422 (empty, encrypted,
    /// too complex, timed out, not a report), 500 (the server's own failure: I/O, access, a defect).</returns>
    public static int StatusOf(ReadErrorKind kind) => kind switch
    {
        ReadErrorKind.NotFound => StatusCodes.Status404NotFound,
        ReadErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ReadErrorKind.Damaged => StatusCodes.Status415UnsupportedMediaType,
        ReadErrorKind.Empty or ReadErrorKind.Encrypted or ReadErrorKind.TooComplex or ReadErrorKind.Timeout or ReadErrorKind.NotAReport => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Creates the problem of a failed import: its status, its Chinese error, and <c>errorKind</c> (camelCase <see cref="ReadErrorKind"/>) when the file could not be read.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult Of(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var status = StatusOf(result);
        var extensions = result.ErrorKind == ReadErrorKind.None ? null : new Dictionary<string, object?> { ["errorKind"] = FindingsJson.ErrorKindName(result.ErrorKind) };
        return TypedResults.Problem(detail: result.Error, statusCode: status, title: Title(status), extensions: extensions);
    }

    private static string? Title(int status) => status switch
    {
        400 => "请求有误",
        401 => "未登录或令牌无效",
        403 => "无权访问",
        404 => "未找到",
        405 => "不支持的请求方法",
        409 => "冲突",
        413 => "文件过大",
        415 => "不支持的文件类型",
        422 => "无法处理的报告",
        500 => "服务器内部错误",
        503 => "服务暂不可用",
        _ => null,
    };

    private static bool IsEnglishDefault(string title) => title.All(c => c < 0x80);
}
