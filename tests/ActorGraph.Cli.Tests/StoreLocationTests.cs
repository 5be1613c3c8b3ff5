namespace ActorGraph.Cli.Tests;

public sealed class StoreLocationTests
{
    private const string Folder = "/work/here";

    [Fact]
    public void Option_wins_over_the_environment()
    {
        Assert.Equal("/data/option.db", StoreLocation.Resolve("/data/option.db", "/data/env.db", Folder));
    }

    [Fact]
    public void Environment_wins_over_the_default()
    {
        Assert.Equal("/data/env.db", StoreLocation.Resolve(null, "/data/env.db", Folder));
    }

    [Fact]
    public void Default_is_actorgraph_db_in_the_current_folder()
    {
        Assert.Equal("/work/here/actorgraph.db", StoreLocation.Resolve(null, null, Folder));
        Assert.Equal("/work/here/actorgraph.db", StoreLocation.Resolve(" ", "", Folder));
    }

    [Fact]
    public void Relative_paths_are_taken_from_the_current_folder()
    {
        Assert.Equal("/work/here/stores/graph.db", StoreLocation.Resolve("stores/graph.db", null, Folder));
        Assert.Equal("/work/env.db", StoreLocation.Resolve(null, "../env.db", Folder));
    }
}
