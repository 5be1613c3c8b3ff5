using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ActorGraph.Worker.Tests.Support;

/// <summary>The real worker, started as <c>dotnet ActorGraph.Worker.dll</c> from the test folder, its output kept.</summary>
internal sealed partial class WorkerProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _stdout = new();

    private WorkerProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Every line written to stdout or stderr so far.</summary>
    public IReadOnlyList<string> Output => _output.ToArray();

    public string OutputText => string.Join('\n', _output);

    /// <summary>The lines written to stdout only.</summary>
    public IReadOnlyList<string> Stdout => _stdout.ToArray();

    public static WorkerProcess Start(IReadOnlyDictionary<string, string> settings, string workingDirectory)
    {
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "ActorGraph.Worker.dll")])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(key => key.StartsWith("Worker__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Serilog__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            worker.Keep(e.Data);
            if (e.Data is not null)
            {
                worker._stdout.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) => worker.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>SIGKILL: no chance to clean up, as in a crash or an OOM kill.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM: what a service manager sends to stop it.</summary>
    public void Terminate()
    {
        if (_process.HasExited || Kill(_process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"Cannot send SIGTERM: the worker already exited with {_process.ExitCode}. Output:\n{OutputText}");
        }
    }

    /// <summary>Waits until the host runs and works the inbox (signals sent before that find no handler yet).</summary>
    public Task WaitUntilWatchingAsync(TimeSpan bound) =>
        Poll.UntilAsync(() => _output.Any(line => line.Contains("watching", StringComparison.Ordinal)) || _process.HasExited, bound, () => OutputText);

    /// <summary>Waits for the process to exit; the bound only guards against a hang.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan hangGuard)
    {
        using var timeout = new CancellationTokenSource(hangGuard);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The worker did not exit within {hangGuard.TotalSeconds} s. Output:\n{OutputText}");
        }

        // The asynchronous readers finish after the exit; the parameterless wait drains them.
        await _process.WaitForExitAsync(CancellationToken.None);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
