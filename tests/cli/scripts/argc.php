<?php
echo $argc, "\n";
