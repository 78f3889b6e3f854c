// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Gongkai.Web.Apis;

/// <summary>Describes the API in its OpenAPI document: title, Chinese description, the bearer token scheme.</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    /// <inheritdoc/>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "Gongkai API",
            Version = "v1",
            Description = "政府信息公开工作年度报告：单位、报告（规范 JSON）、检查结果、版本、上传、导出、发布。所有请求须带 API 令牌（Authorization: Bearer gk_…）；错误按 RFC 9457 返回中文说明。",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiToken"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "在网页「API 令牌」中创建的令牌。",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiToken", document)] = [] });
        return Task.CompletedTask;
    }
}
