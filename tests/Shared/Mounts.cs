using System.Diagnostics;
using System.Globalization;

namespace ActorGraph.Tests.Shared;

/// <summary>
/// Shared by the CLI and worker tests (linked into both). Real file-system conditions for one test: a folder remounted read-only (so writes fail with EROFS even for root) or
/// a tiny tmpfs (so a full disk is a real ENOSPC). Needs root with mount rights; <see cref="Unavailable"/> says why not.
/// </summary>
internal sealed class Mounts : IDisposable
{
    private Mounts(string path) => Path = path;

    /// <summary>Null when mounting works here, else why the tests that need it are skipped.</summary>
    public static string? Unavailable { get; } = Probe();

    /// <summary>The mounted folder.</summary>
    public string Path { get; }

    /// <summary>Makes an existing folder read-only by bind-mounting it onto itself read-only.</summary>
    public static Mounts ReadOnly(string folder)
    {
        Run("mount", "--bind", folder, folder);
        try
        {
            Run("mount", "-o", "remount,ro,bind", folder);
        }
        catch
        {
            Run("umount", folder);
            throw;
        }

        return new Mounts(folder);
    }

    /// <summary>Mounts a tmpfs of the given size on a new folder.</summary>
    public static Mounts Tmpfs(string folder, int kilobytes)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", string.Create(CultureInfo.InvariantCulture, $"size={kilobytes}k"), "tmpfs", folder);
        return new Mounts(folder);
    }

    /// <summary>Gives a tmpfs more room, as freeing disk space would.</summary>
    public void Grow(int kilobytes) => Run("mount", "-o", string.Create(CultureInfo.InvariantCulture, $"remount,size={kilobytes}k"), Path);

    /// <inheritdoc />
    public void Dispose() => Run("umount", "-l", Path);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "mounts need Linux";
        }

        var probe = Directory.CreateTempSubdirectory("actorgraph-mount-probe-").FullName;
        try
        {
            using (ReadOnly(probe))
            {
            }

            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"cannot mount here (needs root with mount rights): {exception.Message}";
        }
        finally
        {
            Directory.Delete(probe);
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

/// <summary>A fact skipped, with the reason, where folders cannot be mounted.</summary>
internal sealed class MountFactAttribute : FactAttribute
{
    /// <inheritdoc />
    public override string? Skip { get => Mounts.Unavailable; set { } }
}
