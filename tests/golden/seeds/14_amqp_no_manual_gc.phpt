--TEST--
seed 14: the same loop left to the automatic collector: gc_status() counters every 10,000 iterations
--FILE--
<?php
// seed 000, variant: the same cycle without gc_collect_cycles(); the automatic
// collector runs when the root buffer fills (10,000 roots by default)
class Connection {
    public $channel;
    public $var = '离离原上草，一岁一枯荣。野火烧不尽，春风吹又生。';
    public function channel($channel_id = null) {
        $ch = new Channel($this);
        $this->channel = $ch;
        return $ch;
    }
    public function __destruct() {
        $this->channel->close();
    }
}
class Channel {
    protected $connection;
    public function __construct($connection) {
        $this->connection = $connection;
    }
    public function close() {
        $this->connection = null;
    }
}
function createConnection() {
    $objConnection = new Connection();
    $objChannel = $objConnection->channel();
    $objChannel = null;
    $objConnection = null;
}
$baseMemory = memory_get_usage();
for ($i = 0; $i <= 100000; $i++) {
    createConnection();
    if ($i % 10000 === 0) {
        $s = gc_status();
        echo sprintf('%8d: runs=%d collected=%d roots=%d', $i, $s['runs'], $s['collected'], $s['roots']), "\n";
    }
}

--EXPECT--
0: runs=0 collected=0 roots=2
   10000: runs=4 collected=20000 roots=2
   20000: runs=8 collected=40000 roots=2
   30000: runs=12 collected=60000 roots=2
   40000: runs=16 collected=80000 roots=2
   50000: runs=20 collected=100000 roots=2
   60000: runs=24 collected=120000 roots=2
   70000: runs=28 collected=140000 roots=2
   80000: runs=32 collected=160000 roots=2
   90000: runs=36 collected=180000 roots=2
  100000: runs=40 collected=200000 roots=2
