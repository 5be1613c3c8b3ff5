using ActorGraph.Query.Export;

namespace ActorGraph.Query.Tests.Export;

internal static class ExportRun
{
    public static async Task<string> ToStringAsync(IGraphExporter exporter, ActorSubgraph graph)
    {
        using var stream = new MemoryStream();
        await exporter.WriteAsync(graph, stream);
        var bytes = stream.ToArray();
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "UTF-8 without a byte-order mark");
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    public static double Double(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static int Int(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
