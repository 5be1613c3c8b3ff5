namespace ActorGraph.Worker.Tests.Acceptance;

/// <summary>Acceptance tests start real worker processes; on two cores they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkerProcessCollection
{
    public const string Name = "worker processes";
}
