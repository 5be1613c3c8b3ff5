namespace ActorGraph.Worker.Processing;

/// <summary>
/// Test-only: when <c>ACTORGRAPH_TEST_CRASH_MARKER</c> is set, a file whose name contains its value kills the worker
/// process with <see cref="Environment.FailFast(string)"/> while being read, as a stack overflow or native crash
/// would. Unset in every real deployment; the acceptance tests use it to prove a crashing file cannot jam the worker.
/// </summary>
internal static class TestFaults
{
    /// <summary>The environment variable that names the crashing marker.</summary>
    public const string CrashMarkerVariable = "ACTORGRAPH_TEST_CRASH_MARKER";

    private static readonly string? CrashMarker = Environment.GetEnvironmentVariable(CrashMarkerVariable) is { Length: > 0 } marker ? marker : null;

    /// <summary>Crashes the process when the file name carries the test marker.</summary>
    public static void CrashIfMarked(string fileName)
    {
        if (CrashMarker is not null && fileName.Contains(CrashMarker, StringComparison.Ordinal))
        {
            Environment.FailFast($"{CrashMarkerVariable}: crashing on {fileName} as the test asked");
        }
    }
}
