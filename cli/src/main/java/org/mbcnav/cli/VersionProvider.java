package org.mbcnav.cli;

import picocli.CommandLine;

/** The application version from the jar manifest (set by the build). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"mbcnav " + (v == null ? "development build" : v)};
    }
}
