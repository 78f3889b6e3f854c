// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gongkai.Web.Tests;

/// <summary>A throw-away PostgreSQL server for the tests: initdb and pg_ctl in a temporary folder, on a free loopback port.</summary>
/// <remarks>PostgreSQL must be installed (Debian: apt-get install postgresql; <c>./test.sh</c> does it). When it is not, every
/// PostgreSQL test fails with that message: the suite never passes without having run on PostgreSQL. initdb refuses root, so
/// as root the server runs as the <c>postgres</c> user (runuser).</remarks>
public sealed class PostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly string _dir;
    private readonly bool _asPostgres;

    /// <summary>Initializes a new instance of the <see cref="PostgresServer"/> class and starts the server.</summary>
    public PostgresServer()
    {
        _bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): the PostgreSQL tests need it. Run ./test.sh, which installs the Debian package 'postgresql', or: apt-get install -y postgresql");
        _asPostgres = Environment.UserName == "root";
        _dir = Path.Combine(Path.GetTempPath(), "gongkai-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_dir);
        if (_asPostgres)
        {
            Run("chown", ["postgres:postgres", _dir], asPostgres: false);
        }

        Port = FreePort();
        Run(Path.Combine(_bin, "initdb"), ["-D", Path.Combine(_dir, "db"), "-U", "app", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], _asPostgres);
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_dir, "db"), "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {_dir} -c fsync=off", "-l", Path.Combine(_dir, "log"), "-w", "start"], _asPostgres);
    }

    /// <summary>Gets the port.</summary>
    public int Port { get; }

    /// <summary>Gets a connection string to a new database (created by the migrations).</summary>
    /// <returns>The connection string.</returns>
    public string NewDatabase() => $"Host=127.0.0.1;Port={Port};Username=app;Database=gk_{Guid.NewGuid():N};Pooling=false";

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_dir, "db"), "-m", "immediate", "stop"], _asPostgres);
        }
        finally
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static string? FindBin()
    {
        const string Root = "/usr/lib/postgresql";
        return Directory.Exists(Root)
            ? Directory.GetDirectories(Root).Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string[] args, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres)
        {
            foreach (var a in (string[])["-u", "postgres", "--", file])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} did not finish within 60 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {stdout.Result}{stderr.Result}");
        }
    }
}

/// <summary>The tests that share one PostgreSQL server (each test still gets its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL";
}
