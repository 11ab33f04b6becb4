--TEST--
a Connection/Channel loop without a cycle keeps memory flat
--FILE--
<?php
class Connection { public $channel; public $var = 'abcdef'; function channel() { $ch = new Channel(); $this->channel = $ch; return $ch; } }
class Channel { protected $connection; function __construct($c = null) {} }
function createConnection() { $c = new Connection(); $ch = $c->channel(); $ch = null; $c = null; }
$base = memory_get_usage();
for ($i = 0; $i <= 5000; $i++) { createConnection(); if ($i % 1000 === 0) echo sprintf('%8d: ', $i), (memory_get_usage() - $base), "\n"; }
--EXPECT--
0: 32
    1000: 32
    2000: 32
    3000: 32
    4000: 32
    5000: 32
