namespace ActorGraph.Syntax.Tests;

/// <summary>The shipped model, loaded once for every test that parses.</summary>
internal static class Shipped
{
    private static readonly Lazy<SyntaxModel> Loaded = new(SyntaxModel.LoadDefault);

    public static SyntaxModel Model => Loaded.Value;

    public static string DataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);
}
