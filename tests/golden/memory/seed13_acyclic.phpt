--TEST--
seed 13 with the cycle broken by hand before release (no collector needed): memory stays flat at 32, the first output's block
--FILE--
<?php
// seed 000: php-amqplib Connection <-> Channel cycle, collected every iteration
class Connection {

    public $channel;
    public $var = '离离原上草，一岁一枯荣。野火烧不尽，春风吹又生。';

    public function channel($channel_id = null) {
        $ch = new Channel($this);
        $this->channel = $ch;
        return $ch;
    }

    /**
     * 析构方法
     * 1.手动gc或自动gc时会触发此方法
     */
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

    $objChannel->close();
    $objChannel = null;
    $objConnection = null;
}

$baseMemory = memory_get_usage();

for ($i = 0; $i <= 10000; $i++) {
    createConnection();
    //主动回收，否则会在根缓存区存满时（默认1W个）回收一次

    if ($i % 1000 === 0) {
        echo sprintf('%8d: ', $i), (memory_get_usage() - $baseMemory), "\n";
    }
}

--EXPECT--
0: 32
    1000: 32
    2000: 32
    3000: 32
    4000: 32
    5000: 32
    6000: 32
    7000: 32
    8000: 32
    9000: 32
   10000: 32
