<?php
var_dump($argv, $argc === count($argv), $_SERVER['argv'] === $argv, $_SERVER['argc']);
function in_function() { global $argv; return $argv[count($argv) - 1]; }
var_dump(in_function());
