// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Hosting;

/// <summary>Identity's error messages in Simplified Chinese (the ones a user meets).</summary>
internal sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    /// <inheritdoc/>
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"用户名「{userName}」已被使用。" };

    /// <inheritdoc/>
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"用户名「{userName}」无效，只能包含字母和数字。" };

    /// <inheritdoc/>
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码至少 {length} 位。" };

    /// <inheritdoc/>
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "密码须包含数字。" };

    /// <inheritdoc/>
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "密码须包含小写字母。" };

    /// <inheritdoc/>
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "密码须包含大写字母。" };

    /// <inheritdoc/>
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "密码须包含符号。" };

    /// <inheritdoc/>
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "密码不正确。" };
}
