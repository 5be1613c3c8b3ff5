namespace ActorGraph.Worker.Tests.Support;

/// <summary>The worker's test-only crash switch: a file whose name contains the variable's value kills the process.</summary>
internal static class TestCrash
{
    public const string Variable = "ACTORGRAPH_TEST_CRASH_MARKER";
}
