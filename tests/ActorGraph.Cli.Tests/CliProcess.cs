using System.Diagnostics;

namespace ActorGraph.Cli.Tests;

/// <summary>What one run of the CLI printed and returned.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Stdout">Everything written to stdout.</param>
/// <param name="Stderr">Everything written to stderr.</param>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the built <c>actorgraph.dll</c> (copied beside the tests) as a real process, the way a user would.</summary>
public static class CliProcess
{
    /// <summary>Runs the CLI in a folder with the given arguments; <paramref name="environment"/> entries with null values are removed.</summary>
    public static async Task<CliResult> RunAsync(string workingFolder, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "actorgraph.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The store is chosen explicitly by each test, never inherited from the machine running them.
        start.Environment.Remove("ACTORGRAPH_STORE");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A safety net against a hung process, not an assertion about speed.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
