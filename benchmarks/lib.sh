# shellcheck shell=bash
# Helpers shared by run.sh and jmh.sh; sourced, not run.

# Prints the java launcher of an installed JDK 25 or later: $JAVA_HOME's if it is one, else the newest under
# /usr/lib/jvm. Maven may run on an older JDK; what is measured must run on this one.
find_java25() {
    local candidate version
    for candidate in "${JAVA_HOME:-}" $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
        if [ -z "$candidate" ] || [ ! -x "${candidate%/}/bin/java" ]; then
            continue
        fi
        version=$("${candidate%/}/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = //p')
        if [ "${version:-0}" -ge 25 ] 2>/dev/null; then
            echo "${candidate%/}/bin/java"
            return 0
        fi
    done
    echo "no JDK 25 found: install one under /usr/lib/jvm or set JAVA_HOME" >&2
    return 1
}
