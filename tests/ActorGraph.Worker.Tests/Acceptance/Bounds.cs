namespace ActorGraph.Worker.Tests.Acceptance;

/// <summary>Upper bounds for waits: guards against a hang, never assertions about speed.</summary>
internal static class Bounds
{
    /// <summary>For a process to start up or exit.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    /// <summary>For the worker to get through a corpus.</summary>
    public static readonly TimeSpan Work = TimeSpan.FromSeconds(120);
}
