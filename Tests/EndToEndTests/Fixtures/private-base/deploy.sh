#!/bin/sh
docker exec api wget -qO- http://localhost:8000/health
