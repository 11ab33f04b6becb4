--TEST--
seed 13: the php-amqplib Connection/Channel cycle collected each iteration keeps memory flat
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

    $objChannel = null;
    $objConnection = null;
}

$baseMemory = memory_get_usage();

for ($i = 0; $i <= 100000; $i++) {
    createConnection();
    //主动回收，否则会在根缓存区存满时（默认1W个）回收一次
    gc_collect_cycles();
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
   11000: 32
   12000: 32
   13000: 32
   14000: 32
   15000: 32
   16000: 32
   17000: 32
   18000: 32
   19000: 32
   20000: 32
   21000: 32
   22000: 32
   23000: 32
   24000: 32
   25000: 32
   26000: 32
   27000: 32
   28000: 32
   29000: 32
   30000: 32
   31000: 32
   32000: 32
   33000: 32
   34000: 32
   35000: 32
   36000: 32
   37000: 32
   38000: 32
   39000: 32
   40000: 32
   41000: 32
   42000: 32
   43000: 32
   44000: 32
   45000: 32
   46000: 32
   47000: 32
   48000: 32
   49000: 32
   50000: 32
   51000: 32
   52000: 32
   53000: 32
   54000: 32
   55000: 32
   56000: 32
   57000: 32
   58000: 32
   59000: 32
   60000: 32
   61000: 32
   62000: 32
   63000: 32
   64000: 32
   65000: 32
   66000: 32
   67000: 32
   68000: 32
   69000: 32
   70000: 32
   71000: 32
   72000: 32
   73000: 32
   74000: 32
   75000: 32
   76000: 32
   77000: 32
   78000: 32
   79000: 32
   80000: 32
   81000: 32
   82000: 32
   83000: 32
   84000: 32
   85000: 32
   86000: 32
   87000: 32
   88000: 32
   89000: 32
   90000: 32
   91000: 32
   92000: 32
   93000: 32
   94000: 32
   95000: 32
   96000: 32
   97000: 32
   98000: 32
   99000: 32
  100000: 32
