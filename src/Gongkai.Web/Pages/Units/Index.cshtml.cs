// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data;
using Gongkai.Data.Entities;
using Gongkai.Data.Units;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Units;

/// <summary>The unit tree (admins): create, rename, move.</summary>
internal sealed class IndexModel : PageModel
{
    private readonly GongkaiDbContext _db;
    private readonly UnitTree _tree;

    /// <summary>Initializes a new instance of the <see cref="IndexModel"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="tree">The unit tree.</param>
    public IndexModel(GongkaiDbContext db, UnitTree tree)
    {
        _db = db;
        _tree = tree;
    }

    /// <summary>Gets the units in tree order with their depth.</summary>
    public IReadOnlyList<(Unit Unit, int Depth)> Tree { get; private set; } = [];

    /// <summary>Gets or sets the message of the last action.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="Message"/> is an error.</summary>
    [TempData]
    public bool IsError { get; set; }

    /// <summary>Gets the Chinese name of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>省级, 市级, 县级, 乡镇（街道） or 部门.</returns>
    public static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "省级",
        UnitLevel.City => "市级",
        UnitLevel.County => "县级",
        UnitLevel.Town => "乡镇（街道）",
        _ => "部门",
    };

    /// <summary>Shows the tree.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync() => Tree = await LoadTreeAsync(_db);

    /// <summary>Creates a unit.</summary>
    /// <param name="name">The name.</param>
    /// <param name="level">The level.</param>
    /// <param name="parentId">The parent, or null.</param>
    /// <param name="code">The code, or null.</param>
    /// <returns>A redirect to the tree.</returns>
    public async Task<IActionResult> OnPostCreateAsync(string name, UnitLevel level, int? parentId, string? code)
    {
        var parent = parentId is { } p ? await _db.Units.FirstOrDefaultAsync(u => u.Id == p) : null;
        var (unit, error) = await _tree.CreateAsync(name, level, parent, code, Access.ActorOf(User));
        if (unit is not null)
        {
            await _db.SaveChangesAsync();
        }

        return Done(error, $"已新建单位「{unit?.Name}」。");
    }

    /// <summary>Imports a division and its subtree from the GB/T 2260 table.</summary>
    /// <param name="code">The division's code.</param>
    /// <returns>A redirect to the tree.</returns>
    public async Task<IActionResult> OnPostImportAsync(string code)
    {
        var (created, error) = await _tree.ImportDivisionAsync(code, Access.ActorOf(User));
        return Done(error, $"已从行政区划表导入 {created} 个单位。");
    }

    /// <summary>Renames a unit.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="name">The new name.</param>
    /// <returns>A redirect to the tree.</returns>
    public async Task<IActionResult> OnPostRenameAsync(int id, string name) =>
        Done(await _tree.RenameAsync(id, name, Access.ActorOf(User)), $"已改名为「{name}」。");

    /// <summary>Moves a unit.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="parentId">The new parent, or null.</param>
    /// <returns>A redirect to the tree.</returns>
    public async Task<IActionResult> OnPostMoveAsync(int id, int? parentId) =>
        Done(await _tree.MoveAsync(id, parentId, Access.ActorOf(User)), "已移动单位。");

    /// <summary>Loads every unit in tree order (depth first, by name).</summary>
    /// <param name="db">The database.</param>
    /// <returns>The units with their depth.</returns>
    public static async Task<IReadOnlyList<(Unit Unit, int Depth)>> LoadTreeAsync(GongkaiDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = await db.Units.AsNoTracking().ToListAsync();
        var children = all.ToLookup(u => u.ParentId);
        var result = new List<(Unit, int)>(all.Count);
        void Walk(int? parent, int depth)
        {
            foreach (var unit in children[parent].OrderBy(u => u.Level).ThenBy(u => u.Code ?? "~").ThenBy(u => u.Name, StringComparer.Ordinal))
            {
                result.Add((unit, depth));
                Walk(unit.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return result;
    }

    private RedirectToPageResult Done(string? error, string success)
    {
        Message = error ?? success;
        IsError = error is not null;
        return RedirectToPage();
    }
}
