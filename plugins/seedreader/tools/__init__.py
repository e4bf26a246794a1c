"""Tools around a build: the dev server, deployment to GitHub Pages and the command line."""
