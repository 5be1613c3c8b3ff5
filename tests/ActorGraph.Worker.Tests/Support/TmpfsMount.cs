using System.Diagnostics;
using System.Globalization;

namespace ActorGraph.Worker.Tests.Support;

/// <summary>
/// A real, small file system mounted for one test (<c>mount -t tmpfs</c>), so a full disk is a real ENOSPC and SQLite
/// reports its real error 13. Needs root with mount rights; <see cref="Unavailable"/> says why not when it cannot be had.
/// </summary>
internal sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    /// <summary>Null when mounting works here, else the reason it does not (the tests that need it are skipped with it).</summary>
    public static string? Unavailable { get; } = Probe();

    public string Path { get; }

    public static TmpfsMount Mount(string path, int kilobytes)
    {
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", string.Create(CultureInfo.InvariantCulture, $"size={kilobytes}k"), "tmpfs", path);
        return new TmpfsMount(path);
    }

    /// <summary>Gives the file system more room, as freeing disk space would.</summary>
    public void Grow(int kilobytes) =>
        Run("mount", "-o", string.Create(CultureInfo.InvariantCulture, $"remount,size={kilobytes}k"), Path);

    public void Dispose() => Run("umount", "-l", Path);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "tmpfs mounts need Linux";
        }

        var probe = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "actorgraph-tmpfs-probe-" + Environment.ProcessId);
        try
        {
            using (Mount(probe, 64))
            {
            }

            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"cannot mount a tmpfs here (needs root with mount rights): {exception.Message}";
        }
        finally
        {
            try
            {
                Directory.Delete(probe);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Trim()}");
        }
    }
}

/// <summary>A fact that is skipped, with the reason, where a tmpfs cannot be mounted.</summary>
internal sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (TmpfsMount.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
