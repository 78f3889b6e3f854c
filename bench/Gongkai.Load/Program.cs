// Copyright (c) Gongkai contributors. Licensed under the MIT License.

// The web workspace's load test (issue 13): starts the Release site on a loopback port with a fresh database, creates units
// and imports seed-derived text reports through the API (timed), publishes them, then drives the report page, the public
// page and GET /api/v1/reports/{id} with closed-loop concurrent clients and prints p50/p95/p99 per endpoint. Bounded in count
// and time by its options; exits 1 when a target is missed. Run through bench/load.sh.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gongkai.Load;

internal static partial class Program
{
    private const string AdminPassword = "Load-Pass-2024";

    private static async Task<int> Main(string[] args)
    {
        var o = Options.Parse(args);
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var data = Path.Combine(Path.GetTempPath(), "gongkai-load-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(data);
        using var site = StartSite(o, baseUrl, data);
        try
        {
            using var anonymous = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
            await WaitForAsync(anonymous, site);
            var cookies = new CookieContainer();
            using var signedIn = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
            await SignInAsync(signedIn);
            var token = await TokenAsync(signedIn);
            using var api = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(120) };
            api.DefaultRequestHeaders.Authorization = new("Bearer", token);

            Console.Error.WriteLine($"[load] {o.Database}: creating {o.Units} units …");
            var units = await CreateUnitsAsync(api, o.Units);
            Console.Error.WriteLine($"[load] importing {o.Units * o.Years.Length} reports …");
            var (ids, importSeconds, first1000Seconds) = await ImportAsync(api, units, o.Years);
            Console.Error.WriteLine($"[load] imported {ids.Count} in {importSeconds:0.0} s; publishing …");
            await ForEachAsync(ids, 8, async id => (await api.PostAsync($"/api/v1/reports/{id}/versions/1/publish", null)).EnsureSuccessStatusCode());

            var rows = new List<Result>
            {
                await MeasureAsync("报告页 /Reports/Detail/{id}", signedIn, id => $"/Reports/Detail/{id}", ids, o),
                await MeasureAsync("公开页 /Public/Report/{id}", anonymous, id => $"/Public/Report/{id}", ids, o),
                await MeasureAsync("API GET /api/v1/reports/{id}", api, id => $"/api/v1/reports/{id}", ids, o),
            };
            var peak = PeakMemoryMb(site);
            var ok = rows.All(r => r.P95 < 100 && r.Errors == 0) && first1000Seconds < 30;
            var md = new StringBuilder();
            md.AppendLine(CultureInfo.InvariantCulture, $"{o.Database}: {ids.Count} reports ({o.Units} units × {o.Years.Length} years), {o.Clients} clients, {o.Seconds} s per endpoint, site peak RSS {peak} MB");
            md.AppendLine();
            md.AppendLine("| endpoint | requests/s | p50 ms | p95 ms | p99 ms | errors |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var r in rows)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.PerSecond:0} | {r.P50:0.0} | {r.P95:0.0} | {r.P99:0.0} | {r.Errors} |");
            }

            md.AppendLine(CultureInfo.InvariantCulture, $"| import through the API (one request per unit with its years, 4 clients) | {ids.Count / importSeconds:0} reports/s | first 1,000: {first1000Seconds:0.0} s | all {ids.Count}: {importSeconds:0.0} s | | |");
            Console.WriteLine(md.ToString());
            Console.WriteLine(ok ? "targets met (p95 < 100 ms, 1,000 imports < 30 s)" : "TARGET MISSED (p95 < 100 ms, 1,000 imports < 30 s)");
            if (o.Out is { } path)
            {
                await File.WriteAllTextAsync(path, md.ToString());
            }

            return ok ? 0 : 1;
        }
        finally
        {
            if (!site.HasExited)
            {
                site.Kill(entireProcessTree: true);
                await site.WaitForExitAsync();
            }

            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the exiting site: the temporary folder is left.
            }
        }
    }

    private static Process StartSite(Options o, string url, string data)
    {
        var start = new ProcessStartInfo("dotnet", [o.Web]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = o.Database;
        start.Environment["Database__Directory"] = data;
        start.Environment["Demo__Load"] = "true";
        start.Environment["Demo__AdminPassword"] = AdminPassword;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (o.Connection is { } c)
        {
            start.Environment["ConnectionStrings__Gongkai"] = c;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Console.Error.WriteLine("[site] " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForAsync(HttpClient client, Process site)
    {
        for (var i = 0; i < 600; i++)
        {
            if (site.HasExited)
            {
                throw new InvalidOperationException($"the site exited with {site.ExitCode}");
            }

            try
            {
                if ((await client.GetAsync("/Account/Login")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the site did not start within 60 s");
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var form = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = AdminPassword,
            ["__RequestVerificationToken"] = Antiforgery().Match(form).Groups[1].Value,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("sign-in failed: " + response.StatusCode);
        }
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var form = await client.GetStringAsync("/Account/Tokens");
        var response = await client.PostAsync("/Account/Tokens?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "load",
            ["__RequestVerificationToken"] = Antiforgery().Match(form).Groups[1].Value,
        }));
        var html = await response.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException("no API token on the tokens page: " + response.StatusCode);
        }

        return token.Groups[1].Value;
    }

    private static async Task<List<int>> CreateUnitsAsync(HttpClient api, int count)
    {
        var all = await api.GetFromJsonAsync<JsonElement[]>("/api/v1/units");
        var county = all!.First(u => u.GetProperty("code").GetString() == "410823").GetProperty("id").GetInt32();
        var ids = new int[count];
        await ForEachAsync(Enumerable.Range(0, count).ToList(), 8, async i =>
        {
            var response = await api.PostAsJsonAsync("/api/v1/units", new { name = $"武陟县测试{i:D5}镇人民政府", level = "town", parentId = county });
            response.EnsureSuccessStatusCode();
            ids[i] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        });
        return [.. ids];
    }

    private static async Task<(List<int> Ids, double Seconds, double First1000Seconds)> ImportAsync(HttpClient api, List<int> units, int[] years)
    {
        var seeds = Seeds();
        var ids = new List<int>(units.Count * years.Length);
        var first1000 = double.NaN;
        var clock = Stopwatch.StartNew();

        // The import API takes one unitId per request: a request carries one unit's reports, one file per year.
        await ForEachAsync(Enumerable.Range(0, units.Count).ToList(), 4, async i =>
        {
            using var content = new MultipartFormDataContent();
            foreach (var year in years)
            {
                var text = YearPattern().Replace(seeds[i % seeds.Count], m => year.ToString(CultureInfo.InvariantCulture) + m.Groups[1].Value + "年");
                content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", $"report-{i}-{year}.txt");
            }

            content.Add(new StringContent(units[i].ToString(CultureInfo.InvariantCulture)), "unitId");
            var response = await api.PostAsync("/api/v1/reports", content);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var stored = body.ValueKind == JsonValueKind.Array ? body.EnumerateArray().ToList() : [body];
            lock (ids)
            {
                foreach (var r in stored)
                {
                    if (r.TryGetProperty("reportId", out var id) && id.ValueKind == JsonValueKind.Number)
                    {
                        ids.Add(id.GetInt32());
                    }
                }

                if (ids.Count >= 1000 && double.IsNaN(first1000))
                {
                    first1000 = clock.Elapsed.TotalSeconds;
                }
            }
        });
        var seconds = clock.Elapsed.TotalSeconds;
        if (ids.Count != units.Count * years.Length)
        {
            throw new InvalidOperationException($"only {ids.Count} of {units.Count * years.Length} reports were stored");
        }

        return (ids, seconds, double.IsNaN(first1000) ? seconds * 1000 / ids.Count : first1000);
    }

    private static List<string> Seeds()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples")))
        {
            dir = dir.Parent;
        }

        return [.. Directory.GetFiles(Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("samples/ not found above the tool"), "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    private static async Task<Result> MeasureAsync(string name, HttpClient client, Func<int, string> url, List<int> ids, Options o)
    {
        // Warm-up, then a closed loop: each client sends its next request when the last one answers.
        await RunAsync(client, url, ids, o.Clients, TimeSpan.FromSeconds(2));
        var (latencies, errors, seconds) = await RunAsync(client, url, ids, o.Clients, TimeSpan.FromSeconds(o.Seconds));
        latencies.Sort();
        double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        Console.Error.WriteLine($"[load] {name}: {latencies.Count} requests, p95 {P(0.95):0.0} ms");
        return new Result(name, latencies.Count / seconds, P(0.50), P(0.95), P(0.99), errors);
    }

    private static async Task<(List<double> Latencies, int Errors, double Seconds)> RunAsync(HttpClient client, Func<int, string> url, List<int> ids, int clients, TimeSpan duration)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = latencies[c] = new List<double>(4096);
            var random = new Random(c);
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url(ids[random.Next(ids.Count)]), HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        return ([.. latencies.SelectMany(l => l)], errors, clock.Elapsed.TotalSeconds);
    }

    private static async Task ForEachAsync<T>(IReadOnlyList<T> items, int parallel, Func<T, Task> body)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                await body(items[i]);
            }
        }));
    }

    private static long PeakMemoryMb(Process site)
    {
        try
        {
            var line = File.ReadLines($"/proc/{site.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("<code class=\"token\">(gk_[^<]+)</code>")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("(?<!\\d)2024(\\s*)年")]
    private static partial Regex YearPattern();

    private sealed record Result(string Name, double PerSecond, double P50, double P95, double P99, int Errors);

    private sealed record Options(string Database, string? Connection, string Web, int Units, int[] Years, int Clients, int Seconds, string? Out)
    {
        public static Options Parse(string[] args)
        {
            string Get(string name, string fallback)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            }

            int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            var years = Int("--years", 2);
            return new Options(
                Get("--database", "Sqlite"),
                Get("--connection", string.Empty) is { Length: > 0 } c ? c : null,
                Get("--web", "src/Gongkai.Web/bin/Release/net10.0/Gongkai.Web.dll"),
                Math.Clamp(Int("--units", 5000), 1, 50_000),
                [.. Enumerable.Range(2025 - Math.Clamp(years, 1, 5), Math.Clamp(years, 1, 5))],
                Math.Clamp(Int("--clients", 50), 1, 500),
                Math.Clamp(Int("--seconds", 10), 1, 120),
                Get("--out", string.Empty) is { Length: > 0 } p ? p : null);
        }
    }
}
