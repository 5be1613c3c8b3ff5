using ActorGraph.Server.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Server.Tests.Support;

/// <summary>The server running over a store: in memory through TestServer, or on a loopback port for a browser.</summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ServerHost(WebApplication app, HttpClient client, Uri address)
    {
        this.app = app;
        Client = client;
        Address = address;
    }

    /// <summary>A client whose base address is the server.</summary>
    public HttpClient Client { get; }

    /// <summary>Where the server answers.</summary>
    public Uri Address { get; }

    /// <summary>The snapshot holder, to wait for swaps.</summary>
    public SnapshotHolder Snapshots => app.Services.GetRequiredService<SnapshotHolder>();

    /// <summary>Starts the server in memory over a store and waits for its first snapshot.</summary>
    public static Task<ServerHost> StartAsync(string store, params string[] settings) => StartAsync(store, loopback: false, settings);

    /// <summary>Starts the server on a free loopback port (for a browser or curl) and waits for its first snapshot.</summary>
    public static Task<ServerHost> StartOnLoopbackAsync(string store, params string[] settings) => StartAsync(store, loopback: true, settings);

    /// <summary>Builds the app as <c>actorgraph serve</c> does, with the given settings.</summary>
    public static WebApplication Build(string store, bool loopback, params string[] settings)
    {
        string[] args =
        [
            $"--Server:Store={store}",
            "--Server:RefreshInterval=00:00:00.100",
            "--Serilog:MinimumLevel:Default=Warning",
            .. loopback ? ["--urls=http://127.0.0.1:0"] : Array.Empty<string>(),
            .. settings,
        ];
        return ActorGraphServer.BuildApp(args, builder =>
        {
            if (!loopback)
            {
                builder.WebHost.UseTestServer();
            }
        });
    }

    private static async Task<ServerHost> StartAsync(string store, bool loopback, string[] settings)
    {
        var app = Build(store, loopback, settings);
        await app.StartAsync();
        await app.Services.GetRequiredService<SnapshotHolder>().WhenLoadedAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (loopback)
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            return new ServerHost(app, new HttpClient { BaseAddress = address }, address);
        }

        var client = app.GetTestClient();
        return new ServerHost(app, client, client.BaseAddress!);
    }

    /// <summary>Waits until a snapshot newer than <paramref name="version"/> is served.</summary>
    public async Task<long> WaitForSnapshotAfterAsync(long version)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Snapshots.Current!.Version <= version)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no snapshot after {version} within 30 s");
            await Task.Delay(20);
        }

        return Snapshots.Current.Version;
    }

    /// <summary>Waits until a condition on the served answers holds (a swap is in the background, so its moment is not known).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not within 30 s: {what}");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
