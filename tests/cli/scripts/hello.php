<?php
echo "hello from a file\n";
