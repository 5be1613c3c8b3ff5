namespace ActorGraph.Query;

/// <summary>Per-edge columns: one array per field, indexed by edge, so a million edges are a handful of objects.</summary>
internal sealed class EdgeData(int edgeCount, int stampCount)
{
    public int[] Sources { get; } = new int[edgeCount];

    public int[] Targets { get; } = new int[edgeCount];

    public byte[] Types { get; } = new byte[edgeCount];

    public int[] EventCounts { get; } = new int[edgeCount];

    public int[] ArticleCounts { get; } = new int[edgeCount];

    public int[] FirstDays { get; } = new int[edgeCount];

    public int[] LastDays { get; } = new int[edgeCount];

    public double[] Confidences { get; } = new double[edgeCount];

    public int[] TimelineStarts { get; } = new int[edgeCount + 1];

    public int[] Stamps { get; } = new int[stampCount];
}
