using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Query.Tests.Export;

/// <summary>
/// The tools analysts open exports with, run as real processes: networkx and igraph through Python, Graphviz's
/// <c>dot</c>. CI installs them (<c>.ci/run</c>); where one is missing, the tests that need it are skipped, naming it.
/// </summary>
internal static class RealTools
{
    private static readonly string[] Pythons = ["python3", "/usr/bin/python3"];
    private static readonly Dictionary<string, string?> FoundPython = [];
    private static readonly Lazy<bool> HasDot = new(() => TryRun("dot", ["-V"]) == 0);

    /// <summary>Null when the tool runs here, else the reason a test needing it is skipped.</summary>
    public static string? Missing(string tool) => tool switch
    {
        "dot" => HasDot.Value ? null : "Graphviz (dot) is not installed: apt-get install graphviz",
        _ => PythonWith(tool) is null ? $"python3 with {tool} is not installed: apt-get install python3-{tool}" : null,
    };

    /// <summary>Runs a Python script (with the module importable) on the given arguments and parses the JSON it prints.</summary>
    public static async Task<JsonElement> PythonJsonAsync(string module, string script, params string[] args)
    {
        var python = PythonWith(module) ?? throw new InvalidOperationException(Missing(module));
        var (exit, stdout, stderr) = await RunAsync(python, ["-c", script, .. args]);
        Assert.True(exit == 0, $"{module} failed ({exit}):\n{stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    /// <summary>Runs <c>dot -Tsvg</c> on a file and returns the SVG it wrote.</summary>
    public static async Task<string> DotToSvgAsync(string path)
    {
        var (exit, stdout, stderr) = await RunAsync("dot", ["-Tsvg", path]);
        Assert.True(exit == 0, $"dot failed ({exit}):\n{stderr}");
        Assert.DoesNotContain("Error", stderr, StringComparison.Ordinal);
        return stdout;
    }

    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Guards against a hang only.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string? PythonWith(string module)
    {
        lock (FoundPython)
        {
            if (!FoundPython.TryGetValue(module, out var found))
            {
                found = Pythons.FirstOrDefault(python => TryRun(python, ["-c", $"import {module}"]) == 0);
                FoundPython[module] = found;
            }

            return found;
        }
    }

    private static int TryRun(string program, string[] args)
    {
        try
        {
            var (exit, _, _) = RunAsync(program, args).GetAwaiter().GetResult();
            return exit;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}

/// <summary>A fact skipped, with the reason, where the named tool (<c>networkx</c>, <c>igraph</c>, <c>dot</c>) is not installed.</summary>
/// <param name="tool">The tool the test runs.</param>
internal sealed class ToolFactAttribute(string tool) : FactAttribute
{
    public override string? Skip { get => RealTools.Missing(tool); set { } }
}
