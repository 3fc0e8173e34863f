#!/bin/sh
# Prepares the packaged app to start fast, where it will run (the image's own JRE): unpacks it, so
# that classes load from plain jars instead of jars nested in one (a quarter of the start's CPU went
# to that), and trains a class-data-sharing archive by starting it once up to the end of its context
# refresh (no start-up work, no demo district), so that later starts map the classes instead of
# loading them. Measured in the README's Performance section; ClassDataSharingIT runs this script.
#
#   prepare-start.sh <the packaged jar> <directory to unpack into>
# then start with: java -XX:SharedArchiveFile=<directory>/app.jsa -jar <directory>/<jar's name>
set -eu
jar="$1"
dir="$2"
java -Djarmode=tools -jar "$jar" extract --destination "$dir"
app="$dir/$(basename "$jar")"
training="$(mktemp -d)"
java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$app" --targetflow.data-dir="$training" --server.port=0 > "$training.log" 2>&1 \
  || { cat "$training.log"; exit 1; }
rm -rf "$training" "$training.log"
test -s "$dir/app.jsa"
